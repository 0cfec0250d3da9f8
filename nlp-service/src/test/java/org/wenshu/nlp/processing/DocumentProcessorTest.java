package org.wenshu.nlp.processing;

import org.junit.jupiter.api.Test;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.nlp.analysis.DocumentAnalyzer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentProcessorTest {
    private static final String ID = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2025-05-17T08:00:00Z");

    private final RecordingPublisher publisher = new RecordingPublisher();
    private DocumentReceived next;
    private final EventReader reader = value -> {
        if (new String(value, StandardCharsets.UTF_8).equals("garbage")) {
            throw new PoisonRecordException("not a readable DocumentReceived event: garbage");
        }
        return next;
    };
    private final DocumentProcessor processor = new DocumentProcessor(reader, new DocumentAnalyzer(), publisher,
            new RecentlyAnalyzed(100), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void publishesTheAnalysisOfAReceivedDocument() {
        next = received(DocumentReceived.SCHEMA_VERSION, "区委书记王少峰调研丽泽金融商务区。");
        processor.process(record("{}"));
        assertEquals(1, publisher.analyzed.size());
        DocumentAnalyzed analyzed = publisher.analyzed.get(0);
        assertEquals(ID, analyzed.documentId());
        assertEquals(DocumentAnalyzer.VERSION, analyzed.analyzer());
        assertEquals(NOW, analyzed.analyzedAt());
        assertTrue(analyzed.mentions().stream().anyMatch(m -> m.type().equals("PERSON") && m.text().equals("王少峰")));
        assertEquals(List.of(), publisher.deadLettered);
    }

    @Test
    void deadLettersAnUnreadableRecordWithTheReasonAndTheOriginalBytes() {
        processor.process(record("garbage"));
        assertEquals(List.of(), publisher.analyzed);
        DocumentDeadLettered dead = publisher.deadLettered.get(0);
        assertEquals("garbage", dead.payload());
        assertEquals(7L, dead.offset());
        assertTrue(dead.reason().contains("not a readable DocumentReceived"), dead.reason());
    }

    @Test
    void deadLettersAnEventFromAFutureSchema() {
        next = received(DocumentReceived.SCHEMA_VERSION + 1, "文本");
        processor.process(record("{}"));
        assertTrue(publisher.deadLettered.get(0).reason().contains("schema version"));
        assertEquals(List.of(), publisher.analyzed);
    }

    @Test
    void analyzesADocumentReceivedTwiceOnce() {
        next = received(DocumentReceived.SCHEMA_VERSION, "区委书记王少峰调研。");
        processor.process(record("{}"));
        processor.process(record("{}"));
        assertEquals(1, publisher.analyzed.size());
    }

    @Test
    void aFailedPublishPropagatesSoTheRecordIsRetriedAndNotRemembered() {
        next = received(DocumentReceived.SCHEMA_VERSION, "区委书记王少峰调研。");
        publisher.failNext = true;
        assertThrows(IllegalStateException.class, () -> processor.process(record("{}")));
        processor.process(record("{}"));
        assertEquals(1, publisher.analyzed.size());
    }

    private static DocumentReceived received(int version, String text) {
        return new DocumentReceived(version, ID, "a.txt", "text/plain", 10, text, NOW, null);
    }

    private static IncomingRecord record(String value) {
        return new IncomingRecord("documents.received", 3, 7, ID, value.getBytes(StandardCharsets.UTF_8));
    }

    private static final class RecordingPublisher implements AnalysisPublisher {
        final List<DocumentAnalyzed> analyzed = new ArrayList<>();
        final List<DocumentDeadLettered> deadLettered = new ArrayList<>();
        boolean failNext;

        @Override
        public void analyzed(DocumentAnalyzed event) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("broker unavailable");
            }
            analyzed.add(event);
        }

        @Override
        public void deadLettered(DocumentDeadLettered event) {
            deadLettered.add(event);
        }
    }
}
