package org.wenshu.catalog.store;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

@Introspected
@Serdeable
public record EntitySummary(long id, String type, String name, long documentCount, long mentionCount) {
}
