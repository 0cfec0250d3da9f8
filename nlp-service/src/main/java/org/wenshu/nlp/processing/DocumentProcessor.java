package org.wenshu.nlp.processing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.nlp.analysis.Analysis;
import org.wenshu.nlp.analysis.DocumentAnalyzer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Turns one {@code documents.received} record into one {@code documents.analyzed} record.
 *
 * <p>Records that can never succeed (unreadable, a schema from the future, input the analyzer chokes on)
 * are dead-lettered with the reason and count as done. Failures to publish propagate, so the listener
 * retries the record and does not commit its offset: an accepted document is never dropped.
 */
public final class DocumentProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentProcessor.class);
    static final String SERVICE = "nlp";

    private final EventReader reader;
    private final DocumentAnalyzer analyzer;
    private final AnalysisPublisher publisher;
    private final RecentlyAnalyzed recentlyAnalyzed;
    private final Clock clock;

    public DocumentProcessor(EventReader reader, DocumentAnalyzer analyzer, AnalysisPublisher publisher,
                             RecentlyAnalyzed recentlyAnalyzed, Clock clock) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.publisher = publisher;
        this.recentlyAnalyzed = recentlyAnalyzed;
        this.clock = clock;
    }

    public void process(IncomingRecord record) {
        DocumentAnalyzed analyzed;
        try {
            DocumentReceived received = validated(reader.read(record.value()));
            if (recentlyAnalyzed.contains(received.documentId(), analyzer.version())) {
                LOG.info("document {} already analyzed by {}; skipped", received.documentId(), analyzer.version());
                return;
            }
            analyzed = analyze(received);
        } catch (PoisonRecordException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        publisher.analyzed(analyzed);
        recentlyAnalyzed.add(analyzed.documentId(), analyzed.analyzer());
        LOG.info("analyzed document {} ({}): {} mentions", analyzed.documentId(), analyzed.filename(), analyzed.mentions().size());
    }

    /** Sends a record to the dead-letter topic; used too when the listener gives up retrying. */
    public void deadLetter(IncomingRecord record, String reason) {
        LOG.warn("dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(), record.key(), reason);
        publisher.deadLettered(new DocumentDeadLettered(
                DocumentDeadLettered.SCHEMA_VERSION, SERVICE, record.topic(), record.partition(), record.offset(),
                record.key(), reason,
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8),
                clock.instant()));
    }

    private static DocumentReceived validated(DocumentReceived event) {
        if (event.schemaVersion() > DocumentReceived.SCHEMA_VERSION) {
            throw new PoisonRecordException("DocumentReceived schema version " + event.schemaVersion()
                    + " is newer than this service understands (" + DocumentReceived.SCHEMA_VERSION + ")");
        }
        if (event.documentId() == null || event.documentId().isBlank()) {
            throw new PoisonRecordException("DocumentReceived has no documentId");
        }
        if (event.text() == null) {
            throw new PoisonRecordException("DocumentReceived " + event.documentId() + " has no text");
        }
        return event;
    }

    private DocumentAnalyzed analyze(DocumentReceived received) {
        Analysis analysis;
        try {
            analysis = analyzer.analyze(received.text(), received.publishedAt());
        } catch (RuntimeException | StackOverflowError e) {
            throw new PoisonRecordException("the analyzer failed on document " + received.documentId() + ": " + e, e);
        }
        return new DocumentAnalyzed(DocumentAnalyzed.SCHEMA_VERSION, received.documentId(), received.filename(),
                received.sizeBytes(), received.receivedAt(), clock.instant(), analysis.analyzer(), analysis.text(),
                AnalysisEvents.mentions(analysis), received.publishedAt(), AnalysisEvents.roles(analysis),
                AnalysisEvents.articles(analysis));
    }
}
