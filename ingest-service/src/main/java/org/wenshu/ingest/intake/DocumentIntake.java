package org.wenshu.ingest.intake;

import org.wenshu.contracts.DocumentReceived;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Accepts a batch of uploads: every file is checked before any is published, so a bad file in a batch
 * never leaves the batch half accepted.
 */
public final class DocumentIntake {
    private final DocumentPublisher publisher;
    private final TextDecoder decoder;
    private final Clock clock;
    private final long maxFileBytes;

    public DocumentIntake(DocumentPublisher publisher, TextDecoder decoder, Clock clock, long maxFileBytes) {
        this.publisher = publisher;
        this.decoder = decoder;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    public List<AcceptedDocument> accept(List<UploadedFile> files) {
        return accept(files, null);
    }

    /** @param publishedAt the publication date the uploader states (2025-05-18), or null; checked first */
    public List<AcceptedDocument> accept(List<UploadedFile> files, String publishedAt) {
        LocalDate published = publicationDate(publishedAt);
        if (files.isEmpty()) {
            throw new InvalidDocumentException(InvalidDocumentException.Reason.EMPTY,
                    "no file in the upload: send multipart/form-data with 'file' parts, or a text/plain body");
        }
        List<DocumentReceived> events = new ArrayList<>(files.size());
        for (UploadedFile file : files) {
            events.add(toEvent(file, published));
        }
        List<AcceptedDocument> accepted = new ArrayList<>(events.size());
        for (DocumentReceived event : events) {
            publisher.publish(event);
            accepted.add(AcceptedDocument.accepted(event.documentId(), event.filename()));
        }
        return accepted;
    }

    private static LocalDate publicationDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidDocumentException(InvalidDocumentException.Reason.BAD_PARAMETER,
                    "publishedAt must be a date like 2025-05-18, was '" + value + "'");
        }
    }

    private DocumentReceived toEvent(UploadedFile file, LocalDate publishedAt) {
        String filename = cleanName(file.filename());
        if (file.bytes().length == 0) {
            throw new InvalidDocumentException(InvalidDocumentException.Reason.EMPTY,
                    "file '" + filename + "' is empty");
        }
        if (file.bytes().length > maxFileBytes) {
            throw new InvalidDocumentException(InvalidDocumentException.Reason.TOO_LARGE,
                    "file '" + filename + "' has " + file.bytes().length + " bytes; the limit is " + maxFileBytes);
        }
        UploadedFile named = new UploadedFile(filename, file.contentType(), file.bytes());
        String text = decoder.decode(named);
        return new DocumentReceived(
                DocumentReceived.SCHEMA_VERSION,
                DocumentIds.of(file.bytes()),
                filename,
                "text/plain",
                file.bytes().length,
                text,
                clock.instant(),
                publishedAt);
    }

    /** Keeps the last path segment only: browsers and curl may send a client-side path. */
    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return "untitled.txt";
        }
        String trimmed = name.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String last = trimmed.substring(slash + 1);
        if (last.isBlank()) {
            return "untitled.txt";
        }
        return last.length() > 255 ? last.substring(0, 255) : last;
    }
}
