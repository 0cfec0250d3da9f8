package org.wenshu.catalog.api;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ApiError(int status, String error, String message) {
}
