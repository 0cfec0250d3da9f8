package org.wenshu.catalog.store;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A document without its text, for listings. */
@Introspected
@Serdeable
public record DocumentSummary(
        String id,
        String filename,
        String status,
        long sizeBytes,
        Instant receivedAt,
        @Nullable Instant analyzedAt,
        long mentionCount) {
}
