package org.wenshu.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

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
 * @param publishedAt   since schema 2: the publication date given at upload, null when unknown; it dates the
 *                      month-day dates of the text
 */
@Serdeable
public record DocumentReceived(
        int schemaVersion,
        String documentId,
        String filename,
        String contentType,
        long sizeBytes,
        String text,
        Instant receivedAt,
        LocalDate publishedAt) {

    public static final int SCHEMA_VERSION = 2;
}
