package org.wenshu.catalog.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.contracts.Topics;

@KafkaClient(id = "dead-letters", acks = KafkaClient.Acknowledge.ALL)
interface DeadLetterClient {
    @Topic(Topics.DEAD_LETTER)
    void send(@KafkaKey String key, DocumentDeadLettered event);
}
