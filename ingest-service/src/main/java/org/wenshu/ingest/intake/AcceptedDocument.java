package org.wenshu.ingest.intake;

import io.micronaut.serde.annotation.Serdeable;

/** A document Kafka has acknowledged. */
@Serdeable
public record AcceptedDocument(String id, String filename, String status) {
    static AcceptedDocument accepted(String id, String filename) {
        return new AcceptedDocument(id, filename, "ACCEPTED");
    }
}
