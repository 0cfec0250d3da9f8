package org.wenshu.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("entity")
public record EntityRow(@Id @GeneratedValue @Nullable Long id, String type, String name) {
}
