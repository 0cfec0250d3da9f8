package org.wenshu.nlp.processing;

/** A record that will never process, however often it is retried; it goes to the dead-letter topic. */
public class PoisonRecordException extends RuntimeException {
    public PoisonRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public PoisonRecordException(String reason) {
        super(reason);
    }
}
