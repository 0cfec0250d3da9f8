package org.wenshu.ingest.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.contracts.Topics;

/** Blocking send: returns once every in-sync replica has the record (acks=all, idempotent producer). */
@KafkaClient(id = "document-events", acks = KafkaClient.Acknowledge.ALL)
public interface DocumentEventsClient {
    @Topic(Topics.DOCUMENTS_RECEIVED)
    void send(@KafkaKey String documentId, DocumentReceived event);
}
