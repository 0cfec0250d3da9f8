package org.wenshu.ingest.intake;

/** The raw bytes of one uploaded file, as the HTTP layer received them. */
public record UploadedFile(String filename, String contentType, byte[] bytes) {
}
