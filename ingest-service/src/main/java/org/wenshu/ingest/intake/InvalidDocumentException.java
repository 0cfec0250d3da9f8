package org.wenshu.ingest.intake;

/** An upload that cannot be accepted as it is; the message tells the uploader what is wrong. */
public class InvalidDocumentException extends RuntimeException {
    private final Reason reason;

    public enum Reason { EMPTY, UNSUPPORTED_ENCODING, TOO_LARGE, BAD_PARAMETER }

    public InvalidDocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
