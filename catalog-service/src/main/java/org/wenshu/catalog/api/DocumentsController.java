package org.wenshu.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.wenshu.catalog.store.DocumentRepository;
import org.wenshu.catalog.store.DocumentRow;
import org.wenshu.catalog.store.DocumentSummary;
import org.wenshu.catalog.store.MentionRepository;
import org.wenshu.catalog.store.MentionView;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Controller("/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentsController {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 200;

    private final DocumentRepository documents;
    private final MentionRepository mentions;

    DocumentsController(DocumentRepository documents, MentionRepository mentions) {
        this.documents = documents;
        this.mentions = mentions;
    }

    @Get("/{id}")
    HttpResponse<?> document(String id) {
        return documents.findById(id)
                .<HttpResponse<?>>map(row -> HttpResponse.ok(detail(row)))
                .orElseGet(() -> HttpResponse.notFound(new ApiError(HttpStatus.NOT_FOUND.getCode(),
                        HttpStatus.NOT_FOUND.getReason(), "no document with id " + id)));
    }

    @Get
    DocumentPage list(@QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        int size = Cursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        List<DocumentSummary> items;
        if (cursor == null || cursor.isBlank()) {
            items = documents.newestFirst(size + 1);
        } else {
            String[] key = Cursor.decode(cursor, 2);
            items = documents.newestFirstAfter(instant(key[0]), key[1], size + 1);
        }
        String next = null;
        if (items.size() > size) {
            items = items.subList(0, size);
            DocumentSummary last = items.get(size - 1);
            next = Cursor.encode(last.receivedAt().toString(), last.id());
        }
        return new DocumentPage(items, next);
    }

    private DocumentDetail detail(DocumentRow row) {
        Map<Long, EntityInDocument> byEntity = new LinkedHashMap<>();
        for (MentionView m : mentions.findViewsByDocumentId(row.id())) {
            byEntity.computeIfAbsent(m.entityId(), id -> new EntityInDocument(id, m.type(), m.name(), new ArrayList<>()))
                    .mentions().add(new Span(m.startOffset(), m.endOffset(), m.value()));
        }
        List<EntityOut> entities = byEntity.values().stream()
                .map(e -> new EntityOut(e.id(), e.type(), e.text(), e.mentions().size(), e.mentions()))
                .toList();
        return new DocumentDetail(row.id(), row.filename(), row.status(), row.sizeBytes(), row.receivedAt(),
                row.analyzedAt(), row.analyzer(), row.text(), entities);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }

    private record EntityInDocument(long id, String type, String text, List<Span> mentions) {
    }

    @Serdeable
    record DocumentPage(List<DocumentSummary> items, @Nullable String next) {
    }

    @Serdeable
    record DocumentDetail(String id, String filename, String status, long sizeBytes, Instant receivedAt,
                          @Nullable Instant analyzedAt, @Nullable String analyzer, @Nullable String text,
                          List<EntityOut> entities) {
    }

    @Serdeable
    record EntityOut(long id, String type, String text, int count, List<Span> mentions) {
    }

    @Serdeable
    record Span(int start, int end, @Nullable String value) {
    }
}
