package org.wenshu.catalog.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DocumentRepository extends CrudRepository<DocumentRow, String> {

    /** Records a received document unless it is known already (a re-upload, or its analysis came first). */
    @Query("""
            INSERT INTO document (id, filename, status, size_bytes, received_at, published_at)
            VALUES (:id, :filename, 'RECEIVED', :sizeBytes, :receivedAt, :publishedAt)
            ON CONFLICT (id) DO NOTHING""")
    void insertIfAbsent(String id, String filename, long sizeBytes, Instant receivedAt, @Nullable LocalDate publishedAt);

    /**
     * Stores an analysis unless a newer one is stored already, so a replayed old event never overwrites
     * the result of an improved analyzer. Returns 1 when applied.
     */
    @Query("""
            UPDATE document
               SET status = 'ANALYZED', analyzed_at = :analyzedAt, analyzer = :analyzer, text = :text,
                   published_at = coalesce(:publishedAt, published_at)
             WHERE id = :id AND (analyzed_at IS NULL OR analyzed_at <= :analyzedAt)""")
    long applyAnalysis(String id, Instant analyzedAt, String analyzer, String text, @Nullable LocalDate publishedAt);

    @Query("""
            SELECT d.id, d.filename, d.status, d.size_bytes, d.received_at, d.analyzed_at,
                   (SELECT count(*) FROM mention m WHERE m.document_id = d.id) AS mention_count
              FROM document d
             ORDER BY d.received_at DESC, d.id DESC
             LIMIT :limit""")
    List<DocumentSummary> newestFirst(int limit);

    @Query("""
            SELECT d.id, d.filename, d.status, d.size_bytes, d.received_at, d.analyzed_at,
                   (SELECT count(*) FROM mention m WHERE m.document_id = d.id) AS mention_count
              FROM document d
             WHERE (d.received_at, d.id) < (:receivedAt, :id)
             ORDER BY d.received_at DESC, d.id DESC
             LIMIT :limit""")
    List<DocumentSummary> newestFirstAfter(Instant receivedAt, String id, int limit);
}
