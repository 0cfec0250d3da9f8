package org.wenshu.ingest.intake;

/** Kafka did not acknowledge a document in time, so it was not accepted. */
public class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
