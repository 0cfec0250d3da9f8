package org.wenshu.ingest.kafka;

import jakarta.inject.Singleton;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.ingest.intake.DocumentPublisher;
import org.wenshu.ingest.intake.PublishFailedException;

@Singleton
class KafkaDocumentPublisher implements DocumentPublisher {
    private final DocumentEventsClient client;

    KafkaDocumentPublisher(DocumentEventsClient client) {
        this.client = client;
    }

    @Override
    public void publish(DocumentReceived event) {
        try {
            client.send(event.documentId(), event);
        } catch (RuntimeException e) {
            throw new PublishFailedException("Kafka did not acknowledge document " + event.documentId()
                    + " (" + rootMessage(e) + "); it was not accepted, retry later", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
