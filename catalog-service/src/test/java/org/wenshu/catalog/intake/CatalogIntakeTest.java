package org.wenshu.catalog.intake;

import org.junit.jupiter.api.Test;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.contracts.EntityMention;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogIntakeTest {
    private static final String ID = "c".repeat(64);
    private static final Instant T = Instant.parse("2025-05-17T08:00:00Z");
    private static final String TEXT = "区委书记王少峰调研丽泽金融商务区。";

    private final List<Object> stored = new ArrayList<>();
    private final List<DocumentDeadLettered> dead = new ArrayList<>();
    private Object next;
    private final CatalogIntake intake = new CatalogIntake(
            new EventDecoder() {
                @Override
                public <E> E decode(byte[] value, Class<E> type) {
                    return type.cast(next);
                }
            },
            new CatalogWriter() {
                @Override
                public void recordReceived(DocumentReceived event) {
                    stored.add(event);
                }

                @Override
                public boolean recordAnalysis(DocumentAnalyzed event) {
                    stored.add(event);
                    return true;
                }
            },
            dead::add, Clock.fixed(T, ZoneOffset.UTC));

    @Test
    void storesAValidAnalysis() {
        next = analyzed(List.of(new EntityMention("PERSON", "王少峰", 4, 7, null, null)));
        intake.onAnalyzed(record());
        assertEquals(List.of(next), stored);
        assertEquals(List.of(), dead);
    }

    @Test
    void readsAMissingMentionListAsNoMentions() {
        next = new DocumentAnalyzed(DocumentAnalyzed.SCHEMA_VERSION, ID, "a.txt", 10, T, T, "test", TEXT, null, null, List.of(), List.of());
        intake.onAnalyzed(record());
        assertEquals(List.of(), ((DocumentAnalyzed) stored.get(0)).mentions());
        assertEquals(List.of(), dead);
    }

    @Test
    void deadLettersAnAnalysisWhoseMentionDoesNotMatchTheText() {
        next = analyzed(List.of(new EntityMention("PERSON", "王少峰", 3, 6, null, null)));
        intake.onAnalyzed(record());
        assertEquals(List.of(), stored);
        assertTrue(dead.get(0).reason().contains("does not match the text"), dead.get(0).reason());
        assertEquals("catalog", dead.get(0).service());
    }

    @Test
    void deadLettersMentionsOutOfBoundsOfUnknownTypeOrOverlapping() {
        next = analyzed(List.of(new EntityMention("PERSON", "王少峰", 40, 43, null, null)));
        intake.onAnalyzed(record());
        next = analyzed(List.of(new EntityMention("WEAPON", "王少峰", 4, 7, null, null)));
        intake.onAnalyzed(record());
        next = analyzed(List.of(new EntityMention("PERSON", "王少峰", 4, 7, null, null), new EntityMention("PERSON", "王少峰", 4, 7, null, null)));
        intake.onAnalyzed(record());
        assertEquals(3, dead.size());
        assertEquals(List.of(), stored);
    }

    @Test
    void deadLettersAReceivedEventWithABadIdOrAFutureSchema() {
        next = new DocumentReceived(1, "not-a-hash", "a.txt", "text/plain", 3, TEXT, T, null);
        intake.onReceived(record());
        next = new DocumentReceived(DocumentReceived.SCHEMA_VERSION + 1, ID, "a.txt", "text/plain", 3, TEXT, T, null);
        intake.onReceived(record());
        assertEquals(2, dead.size());
        assertTrue(dead.get(0).reason().contains("SHA-256"));
        assertTrue(dead.get(1).reason().contains("schema version"));
        next = new DocumentReceived(1, ID, "a.txt", "text/plain", 3, TEXT, T, null);
        intake.onReceived(record());
        assertEquals(List.of(next), stored);
    }

    private static DocumentAnalyzed analyzed(List<EntityMention> mentions) {
        return new DocumentAnalyzed(DocumentAnalyzed.SCHEMA_VERSION, ID, "a.txt", 10, T, T, "test", TEXT, mentions, null, List.of(), List.of());
    }

    private static IncomingRecord record() {
        return new IncomingRecord("documents.analyzed", 0, 1, ID, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
