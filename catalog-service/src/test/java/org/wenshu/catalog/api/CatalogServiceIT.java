package org.wenshu.catalog.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wenshu.contracts.ArticleFound;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.contracts.EntityMention;
import org.wenshu.contracts.RoleStated;
import org.wenshu.contracts.Topics;
import org.wenshu.localinfra.EmbeddedPostgresServer;
import org.wenshu.localinfra.InProcessKafka;
import org.wenshu.localinfra.ShutdownOrder;
import org.wenshu.localinfra.TopicProbe;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The catalog-service against a real in-process Kafka broker and a real PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogServiceIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TEXT = "区委书记王少峰,区委副书记、代理区长张艳林调研丽泽金融商务区。王少峰强调,要推动丰台区发展。";

    private InProcessKafka kafka;
    private EmbeddedPostgresServer postgres;
    private EmbeddedServer server;
    private HttpClient http;
    private JsonMapper json;
    private TopicProbe topics;

    @BeforeAll
    void start() {
        kafka = InProcessKafka.start();
        postgres = EmbeddedPostgresServer.startTemporary();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "micronaut.server.port", -1,
                "datasources.default.url", postgres.createDatabase("catalog_it"),
                "datasources.default.username", postgres.user(),
                "datasources.default.password", postgres.password(),
                "wenshu.topics.received.partitions", 3,
                "wenshu.topics.analyzed.partitions", 3));
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        json = server.getApplicationContext().getBean(JsonMapper.class);
        topics = new TopicProbe(kafka.bootstrapServers());
    }

    @AfterAll
    void stop() {
        ShutdownOrder.close(http, server == null ? null : server.getApplicationContext(), kafka, postgres);
    }

    @Test
    void storesAReceivedDocumentThenItsAnalysisAndServesThem() throws IOException {
        String id = newId();
        Instant received = Instant.parse("2025-05-17T08:00:00Z");
        send(Topics.DOCUMENTS_RECEIVED, id, new DocumentReceived(1, id, "page.txt", "text/plain", 120, "raw", received, null));
        Map<?, ?> doc = awaitDocument(id, d -> "RECEIVED".equals(d.get("status")));
        assertEquals("page.txt", doc.get("filename"));
        assertNull(doc.get("analyzedAt"));

        send(Topics.DOCUMENTS_ANALYZED, id, analysis(id, received, Instant.parse("2025-05-17T08:00:05Z")));
        doc = awaitDocument(id, d -> "ANALYZED".equals(d.get("status")));
        assertEquals(TEXT, doc.get("text"));
        List<?> entities = (List<?>) doc.get("entities");
        Map<?, ?> wang = entity(entities, "PERSON", "王少峰");
        assertEquals(2, wang.get("count"));
        for (Object m : (List<?>) wang.get("mentions")) {
            Map<?, ?> span = (Map<?, ?>) m;
            assertEquals("王少峰", TEXT.substring((Integer) span.get("start"), (Integer) span.get("end")));
        }
        assertEquals(1, entity(entities, "LOCATION", "丽泽金融商务区").get("count"));
        assertEquals(List.of(
                Map.of("person", "王少峰", "title", "区委书记"),
                Map.of("person", "张艳林", "title", "区委副书记"),
                Map.of("person", "张艳林", "title", "代理区长")), doc.get("roles"));
        assertEquals(List.of(Map.of("byline", "记者 郭晓妍", "date", "2025-05-17", "dateText", "5月17日", "start", 0,
                "end", TEXT.length())), doc.get("articles"));
        assertEquals("2025-05-18", doc.get("publishedAt"));
    }

    @Test
    void groupsTheNamesOfOnePlaceUnderItsFullestName() throws IOException {
        String id = newId();
        String text = "丰台区推动发展。丰台是首都南部。";
        Instant t = Instant.parse("2025-05-20T08:00:00Z");
        send(Topics.DOCUMENTS_ANALYZED, id, new DocumentAnalyzed(2, id, "p.txt", 10, t, t, "test", text, List.of(
                new EntityMention("LOCATION", "丰台区", 0, 3, null, null),
                new EntityMention("LOCATION", "丰台", 8, 10, null, "丰台区")), null, List.of(), List.of()));
        Map<?, ?> doc = awaitDocument(id, d -> "ANALYZED".equals(d.get("status")));
        List<?> entities = (List<?>) doc.get("entities");
        assertEquals(1, entities.size());
        Map<?, ?> fengtai = entity(entities, "LOCATION", "丰台区");
        assertEquals(List.of("丰台"), fengtai.get("aliases"));
        assertEquals(2, fengtai.get("count"));
    }

    @Test
    void replayingAnAnalysisChangesNothingAndAnOlderOneIsIgnored() throws IOException {
        String id = newId();
        Instant received = Instant.parse("2025-05-18T08:00:00Z");
        DocumentAnalyzed newer = analysis(id, received, Instant.parse("2025-05-18T09:00:00Z"));
        send(Topics.DOCUMENTS_ANALYZED, id, newer);
        Map<?, ?> first = awaitDocument(id, d -> "ANALYZED".equals(d.get("status")));

        send(Topics.DOCUMENTS_ANALYZED, id, newer);
        DocumentAnalyzed older = new DocumentAnalyzed(1, id, "page.txt", 120, received, Instant.parse("2025-05-18T08:30:00Z"),
                "older-analyzer", TEXT, List.of(), null, List.of(), List.of());
        send(Topics.DOCUMENTS_ANALYZED, id, older);
        // A marker after the replays: once it is stored, the replays before it on the same partition are too.
        send(Topics.DOCUMENTS_ANALYZED, id, newer);
        String marker = newId();
        send(Topics.DOCUMENTS_ANALYZED, marker, analysis(marker, received, Instant.parse("2025-05-18T09:00:00Z")));
        awaitDocument(marker, d -> "ANALYZED".equals(d.get("status")));

        Map<?, ?> after = document(id).orElseThrow();
        assertEquals(first.get("entities"), after.get("entities"));
        assertEquals(newer.analyzer(), after.get("analyzer"));
        // The received event arriving late must not turn the document back to RECEIVED.
        send(Topics.DOCUMENTS_RECEIVED, id, new DocumentReceived(1, id, "page.txt", "text/plain", 120, "raw", received, null));
        String marker2 = newId();
        send(Topics.DOCUMENTS_RECEIVED, marker2, new DocumentReceived(1, marker2, "m.txt", "text/plain", 1, "m", received, null));
        awaitDocument(marker2, d -> true);
        assertEquals("ANALYZED", document(id).orElseThrow().get("status"));
    }

    @Test
    void deadLettersAnAnalysisThatWouldCorruptTheCatalog() throws IOException {
        String id = newId();
        DocumentAnalyzed bad = new DocumentAnalyzed(1, id, "bad.txt", 1, Instant.now(), Instant.now(), "test", TEXT,
                List.of(new EntityMention("PERSON", "王少峰", 0, 3, null, null)), null, List.of(), List.of());
        send(Topics.DOCUMENTS_ANALYZED, id, bad);
        var dead = topics.await(Topics.DEAD_LETTER, r -> id.equals(r.key()), 1, WAIT);
        assertEquals(1, dead.size());
        DocumentDeadLettered event = json.readValue(dead.get(0).value(), DocumentDeadLettered.class);
        assertTrue(event.reason().contains("does not match the text"), event.reason());
        assertTrue(document(id).isEmpty(), "nothing of a dead-lettered analysis is stored");
    }

    @Test
    void listsDocumentsNewestFirstWithACursor() throws IOException {
        String older = newId();
        String newer = newId();
        send(Topics.DOCUMENTS_RECEIVED, older, new DocumentReceived(1, older, "older.txt", "text/plain", 1, "a", Instant.parse("2030-01-01T00:00:00Z"), null));
        send(Topics.DOCUMENTS_RECEIVED, newer, new DocumentReceived(1, newer, "newer.txt", "text/plain", 1, "b", Instant.parse("2030-01-02T00:00:00Z"), null));
        awaitDocument(older, d -> true);
        awaitDocument(newer, d -> true);

        Map<?, ?> page1 = http.toBlocking().retrieve("/documents?limit=1", Map.class);
        assertEquals(newer, ((Map<?, ?>) ((List<?>) page1.get("items")).get(0)).get("id"));
        assertNotNull(page1.get("next"));
        Map<?, ?> page2 = http.toBlocking().retrieve("/documents?limit=1&cursor=" + page1.get("next"), Map.class);
        assertEquals(older, ((Map<?, ?>) ((List<?>) page2.get("items")).get(0)).get("id"));
    }

    @Test
    void listsEntitiesByTypeAndNameWithCounts() throws IOException {
        String a = newId();
        String b = newId();
        Instant t = Instant.parse("2025-05-19T08:00:00Z");
        send(Topics.DOCUMENTS_ANALYZED, a, analysis(a, t, t));
        send(Topics.DOCUMENTS_ANALYZED, b, analysis(b, t, t));
        awaitDocument(a, d -> "ANALYZED".equals(d.get("status")));
        awaitDocument(b, d -> "ANALYZED".equals(d.get("status")));

        Map<?, ?> page = http.toBlocking().retrieve("/entities?type=PERSON&limit=5&q=" + java.net.URLEncoder.encode("王少", java.nio.charset.StandardCharsets.UTF_8), Map.class);
        List<?> items = (List<?>) page.get("items");
        assertEquals(1, items.size());
        Map<?, ?> wang = (Map<?, ?>) items.get(0);
        assertEquals("王少峰", wang.get("name"));
        assertTrue((Integer) wang.get("documentCount") >= 2);
        assertEquals(2 * (Integer) wang.get("documentCount"), wang.get("mentionCount"));

        Map<?, ?> first = http.toBlocking().retrieve("/entities?limit=1", Map.class);
        Map<?, ?> second = http.toBlocking().retrieve("/entities?limit=1&cursor=" + first.get("next"), Map.class);
        assertTrue(!((List<?>) first.get("items")).equals(second.get("items")));
    }

    @Test
    void answersBadRequestsWithAMessageAndUnknownDocumentsWith404() {
        assertEquals(404, status("/documents/" + "0".repeat(64)));
        assertEquals(400, status("/documents?limit=0"));
        assertEquals(400, status("/documents?cursor=@@@"));
        assertEquals(400, status("/entities?type=WEAPON"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/entities?type=WEAPON", Map.class));
        assertTrue(e.getResponse().getBody(Map.class).orElseThrow().get("message").toString().contains("PERSON"));
    }

    @Test
    void reportsHealthyWithDatabaseAndBroker() {
        assertEquals(200, http.toBlocking().exchange(HttpRequest.GET("/health")).getStatus().getCode());
    }

    private int status(String uri) {
        try {
            return http.toBlocking().exchange(uri).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static DocumentAnalyzed analysis(String id, Instant received, Instant analyzed) {
        return new DocumentAnalyzed(2, id, "page.txt", 120, received, analyzed, "test-analyzer-1", TEXT, List.of(
                new EntityMention("PERSON", "王少峰", 4, 7, null, null),
                new EntityMention("PERSON", "张艳林", 18, 21, null, null),
                new EntityMention("LOCATION", "丽泽金融商务区", 23, 30, null, null),
                new EntityMention("PERSON", "王少峰", 31, 34, null, null),
                new EntityMention("LOCATION", "丰台区", 40, 43, null, null)),
                LocalDate.parse("2025-05-18"),
                List.of(new RoleStated("王少峰", "区委书记", null), new RoleStated("张艳林", "区委副书记", null),
                        new RoleStated("张艳林", "代理区长", null)),
                List.of(new ArticleFound(null, "记者 郭晓妍", "5月17日", "2025-05-17", 0, TEXT.length())));
    }

    private static Map<?, ?> entity(List<?> entities, String type, String text) {
        return entities.stream().map(Map.class::cast)
                .filter(e -> type.equals(e.get("type")) && text.equals(e.get("text")))
                .findFirst().orElseThrow(() -> new AssertionError(type + " " + text + " missing in " + entities));
    }

    private void send(String topic, String key, Object event) throws IOException {
        topics.send(topic, key, json.writeValueAsString(event));
    }

    private Optional<Map<?, ?>> document(String id) {
        try {
            return Optional.of(http.toBlocking().retrieve("/documents/" + id, Map.class));
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Map<?, ?> awaitDocument(String id, Predicate<Map<?, ?>> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Optional<Map<?, ?>> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            last = document(id);
            if (last.isPresent() && condition.test(last.get())) {
                return last.get();
            }
            sleep();
        }
        return fail("document " + id + " did not reach the expected state; last seen: " + last);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
