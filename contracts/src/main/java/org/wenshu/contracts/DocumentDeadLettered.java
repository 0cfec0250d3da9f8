package org.wenshu.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A record that a consumer gave up on, kept with the reason so it can be inspected and replayed.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param service       the service that gave up (ingest, nlp, catalog)
 * @param sourceTopic   where the record was read
 * @param partition     its partition
 * @param offset        its offset
 * @param key           its key, usually the document id
 * @param reason        why it could not be processed, in words a person understands
 * @param payload       the record's value as UTF-8 text (malformed bytes replaced)
 * @param failedAt      when the consumer gave up
 */
@Serdeable
public record DocumentDeadLettered(
        int schemaVersion,
        String service,
        String sourceTopic,
        int partition,
        long offset,
        String key,
        String reason,
        String payload,
        Instant failedAt) {

    public static final int SCHEMA_VERSION = 1;
}
