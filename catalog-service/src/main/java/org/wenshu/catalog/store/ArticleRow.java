package org.wenshu.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("article")
public record ArticleRow(@Id @GeneratedValue @Nullable Long id, String documentId, int ordinal,
                         @Nullable String headline, @Nullable String byline, @Nullable String dateText,
                         @Nullable String dateIso, int startOffset, int endOffset) {
}
