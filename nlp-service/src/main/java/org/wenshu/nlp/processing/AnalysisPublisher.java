package org.wenshu.nlp.processing;

import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;

/** Blocking sends: each returns once the broker has acknowledged the record. */
public interface AnalysisPublisher {
    void analyzed(DocumentAnalyzed event);

    void deadLettered(DocumentDeadLettered event);
}
