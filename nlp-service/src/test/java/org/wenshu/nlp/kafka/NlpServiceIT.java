package org.wenshu.nlp.kafka;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentDeadLettered;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.contracts.EntityMention;
import org.wenshu.contracts.Topics;
import org.wenshu.localinfra.InProcessKafka;
import org.wenshu.localinfra.ShutdownOrder;
import org.wenshu.localinfra.TopicProbe;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nlp-service against a real in-process Kafka broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NlpServiceIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private InProcessKafka kafka;
    private EmbeddedServer server;
    private TopicProbe topics;
    private JsonMapper json;
    private HttpClient http;

    @BeforeAll
    void start() {
        kafka = InProcessKafka.start();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "micronaut.server.port", -1,
                "wenshu.topics.received.partitions", 3));
        topics = new TopicProbe(kafka.bootstrapServers());
        json = server.getApplicationContext().getBean(JsonMapper.class);
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    @AfterAll
    void stop() {
        ShutdownOrder.close(http, server == null ? null : server.getApplicationContext(), kafka);
    }

    @Test
    void analyzesAReceivedDocumentAndPublishesTheResult() throws IOException {
        String id = "b".repeat(64);
        String text = "本报讯(记者 郭晓妍)5月15日,区委书记王少峰,区委副书记、代理区长张艳林到首都师范\n\n大学调研,推动丰台区与学校深化合作。";
        topics.send(Topics.DOCUMENTS_RECEIVED, id, json.writeValueAsString(new DocumentReceived(
                DocumentReceived.SCHEMA_VERSION, id, "lead.txt", "text/plain", 100, text, Instant.now(), null)));

        List<ConsumerRecord<String, String>> records = topics.await(Topics.DOCUMENTS_ANALYZED, r -> id.equals(r.key()), 1, WAIT);
        assertEquals(1, records.size(), "no analysis published");
        DocumentAnalyzed analyzed = json.readValue(records.get(0).value(), DocumentAnalyzed.class);
        assertTrue(analyzed.text().contains("首都师范大学"), "line break inside the name should be joined: " + analyzed.text());
        for (EntityMention m : analyzed.mentions()) {
            assertEquals(m.text(), analyzed.text().substring(m.start(), m.end()));
        }
        List<String> found = analyzed.mentions().stream().map(m -> m.type() + ":" + m.text()).toList();
        assertTrue(found.containsAll(List.of("PERSON:王少峰", "PERSON:张艳林", "DATE:5月15日", "LOCATION:丰台区")), found.toString());
    }

    @Test
    void deadLettersARecordThatIsNotAnEvent() throws IOException {
        String key = "poison-" + System.nanoTime();
        topics.send(Topics.DOCUMENTS_RECEIVED, key, "this is not json");

        List<ConsumerRecord<String, String>> dead = topics.await(Topics.DEAD_LETTER, r -> key.equals(r.key()), 1, WAIT);
        assertEquals(1, dead.size(), "poison record not dead-lettered");
        DocumentDeadLettered event = json.readValue(dead.get(0).value(), DocumentDeadLettered.class);
        assertEquals("nlp", event.service());
        assertEquals(Topics.DOCUMENTS_RECEIVED, event.sourceTopic());
        assertEquals("this is not json", event.payload());
        assertTrue(event.reason().contains("not a readable DocumentReceived"), event.reason());
    }

    @Test
    void analyzesTextSynchronouslyOverHttp() {
        Map<?, ?> result = http.toBlocking().retrieve(HttpRequest.POST("/analyze", "区委书记王少峰调研丽泽金融商务区。")
                .contentType(MediaType.TEXT_PLAIN_TYPE), Map.class);
        assertEquals(org.wenshu.nlp.analysis.DocumentAnalyzer.VERSION, result.get("analyzer"));
        List<?> entities = (List<?>) result.get("entities");
        assertTrue(entities.stream().map(Map.class::cast)
                .anyMatch(e -> e.get("type").equals("PERSON") && e.get("text").equals("王少峰")
                        && e.get("start").equals(4) && e.get("end").equals(7)), entities.toString());
    }

    @Test
    void refusesAnEmptyAnalyzeRequest() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/analyze", " ").contentType(MediaType.TEXT_PLAIN_TYPE)));
        assertEquals(400, e.getStatus().getCode());
    }

    @Test
    void reportsHealthy() {
        assertEquals(200, http.toBlocking().exchange(HttpRequest.GET("/health")).getStatus().getCode());
    }
}
