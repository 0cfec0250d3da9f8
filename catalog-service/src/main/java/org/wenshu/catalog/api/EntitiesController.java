package org.wenshu.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.wenshu.catalog.store.EntityRepository;
import org.wenshu.catalog.store.EntitySummary;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Entities across all documents, most widely mentioned first. */
@Controller("/entities")
@ExecuteOn(TaskExecutors.BLOCKING)
class EntitiesController {
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "DATE");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final EntityRepository entities;

    EntitiesController(EntityRepository entities) {
        this.entities = entities;
    }

    @Get
    EntityPage list(@QueryValue @Nullable String type, @QueryValue @Nullable String q,
                    @QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        String typeFilter = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        if (!typeFilter.isEmpty() && !TYPES.contains(typeFilter)) {
            throw new BadRequestException("unknown entity type '" + type + "': use one of PERSON, ORGANIZATION, LOCATION, DATE");
        }
        int size = Cursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        long afterDocuments = 0;
        long afterMentions = 0;
        long afterId = -1;
        if (cursor != null && !cursor.isBlank()) {
            String[] key = Cursor.decode(cursor, 3);
            try {
                afterDocuments = Long.parseLong(key[0]);
                afterMentions = Long.parseLong(key[1]);
                afterId = Long.parseLong(key[2]);
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
        List<EntitySummary> items = entities.page(typeFilter, q == null ? "" : q.strip(),
                afterDocuments, afterMentions, afterId, size + 1);
        String next = null;
        if (items.size() > size) {
            items = items.subList(0, size);
            EntitySummary last = items.get(size - 1);
            next = Cursor.encode(Long.toString(last.documentCount()), Long.toString(last.mentionCount()), Long.toString(last.id()));
        }
        return new EntityPage(items, next);
    }

    @Serdeable
    record EntityPage(List<EntitySummary> items, @Nullable String next) {
    }
}
