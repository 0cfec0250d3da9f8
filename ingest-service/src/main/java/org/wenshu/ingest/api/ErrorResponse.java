package org.wenshu.ingest.api;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ErrorResponse(int status, String error, String message) {
}
