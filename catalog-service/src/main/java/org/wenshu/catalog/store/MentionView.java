package org.wenshu.catalog.store;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A mention with its entity, as a document page shows it. */
@Introspected
public record MentionView(long entityId, String type, String name, int startOffset, int endOffset, @Nullable String value) {
}
