package org.wenshu.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("role")
public record RoleRow(@Id @GeneratedValue @Nullable Long id, String documentId, String person, String title,
                      @Nullable String organization) {
}
