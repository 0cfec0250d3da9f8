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
import org.wenshu.catalog.store.ArticleRepository;
import org.wenshu.catalog.store.DocumentRepository;
import org.wenshu.catalog.store.DocumentRow;
import org.wenshu.catalog.store.DocumentSummary;
import org.wenshu.catalog.store.MentionRepository;
import org.wenshu.catalog.store.MentionView;
import org.wenshu.catalog.store.RoleRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Controller("/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentsController {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 200;

    private final DocumentRepository documents;
    private final MentionRepository mentions;
    private final RoleRepository roles;
    private final ArticleRepository articles;

    DocumentsController(DocumentRepository documents, MentionRepository mentions, RoleRepository roles,
                        ArticleRepository articles) {
        this.documents = documents;
        this.mentions = mentions;
        this.roles = roles;
        this.articles = articles;
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
        String text = row.text() == null ? "" : row.text();
        for (MentionView m : mentions.findViewsByDocumentId(row.id())) {
            EntityInDocument entity = byEntity.computeIfAbsent(m.entityId(),
                    id -> new EntityInDocument(id, m.type(), m.name(), new LinkedHashSet<>(), new ArrayList<>()));
            entity.mentions().add(new Span(m.startOffset(), m.endOffset(), m.value()));
            if (m.endOffset() <= text.length()) {
                String written = text.substring(m.startOffset(), m.endOffset());
                if (!written.equals(m.name())) {
                    entity.aliases().add(written);
                }
            }
        }
        List<EntityOut> entities = byEntity.values().stream()
                .map(e -> new EntityOut(e.id(), e.type(), e.text(), List.copyOf(e.aliases()), e.mentions().size(), e.mentions()))
                .toList();
        List<RoleOut> roleList = roles.findByDocumentIdOrderById(row.id()).stream()
                .map(r -> new RoleOut(r.person(), r.title(), r.organization()))
                .toList();
        List<ArticleOut> articleList = articles.findByDocumentIdOrderByOrdinal(row.id()).stream()
                .map(a -> new ArticleOut(a.headline(), a.byline(), a.dateIso() != null ? a.dateIso() : a.dateText(),
                        a.dateText(), a.startOffset(), a.endOffset()))
                .toList();
        return new DocumentDetail(row.id(), row.filename(), row.status(), row.sizeBytes(), row.receivedAt(),
                row.publishedAt(), row.analyzedAt(), row.analyzer(), row.text(), entities, roleList, articleList);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }

    private record EntityInDocument(long id, String type, String text, Set<String> aliases, List<Span> mentions) {
    }

    @Serdeable
    record DocumentPage(List<DocumentSummary> items, @Nullable String next) {
    }

    @Serdeable
    record DocumentDetail(String id, String filename, String status, long sizeBytes, Instant receivedAt,
                          @Nullable LocalDate publishedAt, @Nullable Instant analyzedAt, @Nullable String analyzer,
                          @Nullable String text, List<EntityOut> entities, List<RoleOut> roles,
                          List<ArticleOut> articles) {
    }

    /** {@code text} is the entity's canonical (fullest) name; {@code aliases} the other ways this document writes it. */
    @Serdeable
    record EntityOut(long id, String type, String text, List<String> aliases, int count, List<Span> mentions) {
    }

    @Serdeable
    record RoleOut(String person, String title, @Nullable String organization) {
    }

    /** {@code date} is ISO-8601 where the year is known or inferred, else as written ({@code dateText}). */
    @Serdeable
    record ArticleOut(@Nullable String headline, @Nullable String byline, @Nullable String date,
                      @Nullable String dateText, int start, int end) {
    }

    @Serdeable
    record Span(int start, int end, @Nullable String value) {
    }
}
