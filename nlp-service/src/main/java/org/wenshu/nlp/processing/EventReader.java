package org.wenshu.nlp.processing;

import org.wenshu.contracts.DocumentReceived;

/** Parses a record value; throws {@link PoisonRecordException} when it is not a readable event. */
public interface EventReader {
    DocumentReceived read(byte[] value);
}
