package org.wenshu.ingest.api;

import io.micronaut.serde.annotation.Serdeable;
import org.wenshu.ingest.intake.AcceptedDocument;

import java.util.List;

@Serdeable
public record UploadResponse(List<AcceptedDocument> documents) {
}
