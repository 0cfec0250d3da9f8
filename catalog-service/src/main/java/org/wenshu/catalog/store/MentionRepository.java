package org.wenshu.catalog.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MentionRepository extends CrudRepository<MentionRow, Long> {

    void deleteByDocumentId(String documentId);

    @Query("""
            SELECT m.entity_id, e.type, e.name, m.start_offset, m.end_offset, m.value
              FROM mention m JOIN entity e ON e.id = m.entity_id
             WHERE m.document_id = :documentId
             ORDER BY m.start_offset""")
    List<MentionView> findViewsByDocumentId(String documentId);
}
