package org.wenshu.catalog;

import io.micronaut.runtime.Micronaut;

public final class CatalogApplication {
    private CatalogApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(CatalogApplication.class, args);
    }
}
