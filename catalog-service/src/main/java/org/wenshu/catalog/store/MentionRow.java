package org.wenshu.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("mention")
public record MentionRow(
        @Id @GeneratedValue @Nullable Long id,
        String documentId,
        long entityId,
        int startOffset,
        int endOffset,
        @Nullable String value) {
}
