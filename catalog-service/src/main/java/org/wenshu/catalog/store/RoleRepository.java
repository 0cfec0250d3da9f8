package org.wenshu.catalog.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RoleRepository extends CrudRepository<RoleRow, Long> {
    void deleteByDocumentId(String documentId);

    List<RoleRow> findByDocumentIdOrderById(String documentId);
}
