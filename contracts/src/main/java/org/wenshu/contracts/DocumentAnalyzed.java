package org.wenshu.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The analysis of one document. Offsets of the mentions point into {@link #text()}, the normalized text.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} at the time of writing; readers reject newer versions
 * @param documentId    the id of the analyzed document
 * @param filename      the name given at upload, carried so the catalog needs no ordering between topics
 * @param sizeBytes     size of the uploaded bytes
 * @param receivedAt    when ingest accepted the document
 * @param analyzedAt    when the analysis finished; the catalog keeps the newest analysis
 * @param analyzer      name and version of the analyzer, so documents can be reprocessed when it improves
 * @param text          the normalized text
 * @param mentions      every entity mention found, in text order
 * @param publishedAt   since schema 2: the publication date given at upload, or null
 * @param roles         since schema 2: titles held by people as the text states them
 * @param articles      since schema 2: the articles of the page, in order
 */
@Serdeable
public record DocumentAnalyzed(
        int schemaVersion,
        String documentId,
        String filename,
        long sizeBytes,
        Instant receivedAt,
        Instant analyzedAt,
        String analyzer,
        String text,
        List<EntityMention> mentions,
        LocalDate publishedAt,
        List<RoleStated> roles,
        List<ArticleFound> articles) {

    public static final int SCHEMA_VERSION = 2;
}
