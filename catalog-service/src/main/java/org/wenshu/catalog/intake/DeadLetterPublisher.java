package org.wenshu.catalog.intake;

import org.wenshu.contracts.DocumentDeadLettered;

/** Blocking send to the dead-letter topic. */
public interface DeadLetterPublisher {
    void publish(DocumentDeadLettered event);
}
