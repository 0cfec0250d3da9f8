package org.wenshu.catalog.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EntityRepository extends CrudRepository<EntityRow, Long> {

    /** Safe against concurrent catalog instances inserting the same entity. */
    @Query("INSERT INTO entity (type, name) VALUES (:type, :name) ON CONFLICT (type, name) DO NOTHING")
    void insertIfAbsent(String type, String name);

    Optional<EntityRow> findByTypeAndName(String type, String name);

    /**
     * Entities ordered by how many documents mention them, then by mentions, then id; keyset-paginated.
     * Empty {@code type} or {@code q} means no filter; {@code afterId < 0} means the first page.
     */
    @Query("""
            WITH stats AS (
                SELECT e.id, e.type, e.name,
                       count(DISTINCT m.document_id) AS document_count,
                       count(*) AS mention_count
                  FROM entity e JOIN mention m ON m.entity_id = e.id
                 WHERE (:type = '' OR e.type = :type)
                   AND (:q = '' OR position(lower(:q) IN lower(e.name)) > 0)
                 GROUP BY e.id, e.type, e.name)
            SELECT id, type, name, document_count, mention_count
              FROM stats
             WHERE :afterId < 0
                OR document_count < :afterDocuments
                OR (document_count = :afterDocuments AND mention_count < :afterMentions)
                OR (document_count = :afterDocuments AND mention_count = :afterMentions AND id > :afterId)
             ORDER BY document_count DESC, mention_count DESC, id
             LIMIT :limit""")
    List<EntitySummary> page(String type, String q, long afterDocuments, long afterMentions, long afterId, int limit);
}
