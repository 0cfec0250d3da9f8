package org.wenshu.catalog.api;

/** A request the API cannot answer as asked; the message says what to change. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
