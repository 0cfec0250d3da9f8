package org.wenshu.catalog.intake;

/** A record that will never be stored, however often it is retried; it goes to the dead-letter topic. */
public class PoisonRecordException extends RuntimeException {
    public PoisonRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public PoisonRecordException(String reason) {
        super(reason);
    }
}
