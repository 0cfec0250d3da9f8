package org.wenshu.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("document")
public record DocumentRow(
        @Id String id,
        String filename,
        String status,
        long sizeBytes,
        Instant receivedAt,
        @Nullable Instant analyzedAt,
        @Nullable String analyzer,
        @Nullable String text,
        @Nullable LocalDate publishedAt) {
}
