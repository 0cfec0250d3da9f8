package org.wenshu.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A document accepted by ingest and durably stored in Kafka.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} at the time of writing; readers reject newer versions
 * @param documentId    SHA-256 (lowercase hex) of the uploaded bytes
 * @param filename      the name given at upload
 * @param contentType   the media type the text was extracted from
 * @param sizeBytes     size of the uploaded bytes
 * @param text          the extracted text, not yet normalized
 * @param receivedAt    when ingest accepted it
 */
@Serdeable
public record DocumentReceived(
        int schemaVersion,
        String documentId,
        String filename,
        String contentType,
        long sizeBytes,
        String text,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;
}
