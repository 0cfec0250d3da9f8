package org.wenshu.nlp.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.contracts.Topics;

/** Blocking sends (acks=all, idempotent producer): each returns once the broker has the record. */
@KafkaClient(id = "analysis-events", acks = KafkaClient.Acknowledge.ALL)
interface AnalysisEventsClient {
    @Topic(Topics.DOCUMENTS_ANALYZED)
    void analyzed(@KafkaKey String documentId, DocumentAnalyzed event);

    @Topic(Topics.DEAD_LETTER)
    void deadLettered(@KafkaKey String key, DocumentDeadLettered event);
}
