package org.wenshu.nlp.kafka;

import jakarta.inject.Singleton;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.nlp.processing.AnalysisPublisher;

@Singleton
class KafkaAnalysisPublisher implements AnalysisPublisher {
    private final AnalysisEventsClient client;

    KafkaAnalysisPublisher(AnalysisEventsClient client) {
        this.client = client;
    }

    @Override
    public void analyzed(DocumentAnalyzed event) {
        client.analyzed(event.documentId(), event);
    }

    @Override
    public void deadLettered(DocumentDeadLettered event) {
        client.deadLettered(event.key(), event);
    }
}
