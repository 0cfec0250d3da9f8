package org.wenshu.ingest.intake;

import org.wenshu.contracts.DocumentReceived;

/** Publishes an accepted document and returns only once the broker has acknowledged it. */
public interface DocumentPublisher {
    void publish(DocumentReceived event);
}
