package org.wenshu.catalog.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenshu.contracts.ArticleFound;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.contracts.EntityMention;
import org.wenshu.contracts.RoleStated;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks events before they touch the database: an event that is unreadable, from a future schema, or
 * whose mentions do not point at their text is dead-lettered whole, never half stored. Database failures
 * propagate so that the listener retries without committing the offset.
 */
public final class CatalogIntake {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogIntake.class);
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "DATE");
    static final String SERVICE = "catalog";

    private final EventDecoder decoder;
    private final CatalogWriter writer;
    private final DeadLetterPublisher deadLetters;
    private final Clock clock;

    public CatalogIntake(EventDecoder decoder, CatalogWriter writer, DeadLetterPublisher deadLetters, Clock clock) {
        this.decoder = decoder;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    public void onReceived(IncomingRecord record) {
        DocumentReceived event;
        try {
            event = validated(decoder.decode(record.value(), DocumentReceived.class));
        } catch (PoisonRecordException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        writer.recordReceived(event);
    }

    public void onAnalyzed(IncomingRecord record) {
        DocumentAnalyzed event;
        try {
            event = validated(decoder.decode(record.value(), DocumentAnalyzed.class));
        } catch (PoisonRecordException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        if (writer.recordAnalysis(event)) {
            LOG.info("stored analysis of {} ({} mentions, {})", event.documentId(), event.mentions().size(), event.analyzer());
        } else {
            LOG.info("ignored analysis of {} from {}: a newer one is stored", event.documentId(), event.analyzedAt());
        }
    }

    public void deadLetter(IncomingRecord record, String reason) {
        LOG.warn("dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(), record.key(), reason);
        deadLetters.publish(new DocumentDeadLettered(DocumentDeadLettered.SCHEMA_VERSION, SERVICE,
                record.topic(), record.partition(), record.offset(), record.key(), reason,
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), clock.instant()));
    }

    static DocumentReceived validated(DocumentReceived e) {
        requireVersion("DocumentReceived", e.schemaVersion(), DocumentReceived.SCHEMA_VERSION);
        requireId(e.documentId());
        if (e.filename() == null || e.receivedAt() == null) {
            throw new PoisonRecordException("DocumentReceived " + e.documentId() + " lacks filename or receivedAt");
        }
        return e;
    }

    static DocumentAnalyzed validated(DocumentAnalyzed e) {
        requireVersion("DocumentAnalyzed", e.schemaVersion(), DocumentAnalyzed.SCHEMA_VERSION);
        requireId(e.documentId());
        if (e.filename() == null || e.receivedAt() == null || e.analyzedAt() == null || e.analyzer() == null
                || e.text() == null) {
            throw new PoisonRecordException("DocumentAnalyzed " + e.documentId()
                    + " lacks one of filename, receivedAt, analyzedAt, analyzer, text");
        }
        // JSON serialization leaves out empty lists, and schema 1 had no roles or articles: read those as none.
        e = new DocumentAnalyzed(e.schemaVersion(), e.documentId(), e.filename(), e.sizeBytes(), e.receivedAt(),
                e.analyzedAt(), e.analyzer(), e.text(), orEmpty(e.mentions()), e.publishedAt(), orEmpty(e.roles()),
                orEmpty(e.articles()));
        Set<Integer> starts = new HashSet<>();
        for (EntityMention m : e.mentions()) {
            if (m.type() == null || !TYPES.contains(m.type())) {
                throw new PoisonRecordException("DocumentAnalyzed " + e.documentId() + " has a mention of unknown type " + m.type());
            }
            if (m.start() < 0 || m.end() > e.text().length() || m.start() >= m.end()
                    || !e.text().substring(m.start(), m.end()).equals(m.text())) {
                throw new PoisonRecordException("DocumentAnalyzed " + e.documentId() + ": mention '" + m.text()
                        + "' at [" + m.start() + "," + m.end() + ") does not match the text");
            }
            if (!starts.add(m.start())) {
                throw new PoisonRecordException("DocumentAnalyzed " + e.documentId() + " has two mentions starting at " + m.start());
            }
        }
        for (RoleStated role : e.roles()) {
            if (isBlank(role.person()) || isBlank(role.title())) {
                throw new PoisonRecordException("DocumentAnalyzed " + e.documentId() + " has a role without person or title");
            }
        }
        for (ArticleFound article : e.articles()) {
            if (article.start() < 0 || article.end() > e.text().length() || article.start() >= article.end()) {
                throw new PoisonRecordException("DocumentAnalyzed " + e.documentId() + ": article at [" + article.start()
                        + "," + article.end() + ") lies outside the text");
            }
        }
        return e;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void requireVersion(String event, int version, int supported) {
        if (version < 1 || version > supported) {
            throw new PoisonRecordException(event + " schema version " + version
                    + " is not one this service understands (1 to " + supported + ")");
        }
    }

    private static void requireId(String id) {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new PoisonRecordException("document id '" + id + "' is not a SHA-256 in lowercase hex");
        }
    }
}
