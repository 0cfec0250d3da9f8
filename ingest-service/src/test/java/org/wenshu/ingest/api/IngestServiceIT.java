package org.wenshu.ingest.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.contracts.Topics;
import org.wenshu.ingest.intake.DocumentIds;
import org.wenshu.localinfra.InProcessKafka;
import org.wenshu.localinfra.ShutdownOrder;
import org.wenshu.localinfra.TopicProbe;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest-service against a real in-process Kafka broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestServiceIT {
    private static final String TOKEN = "test-token";
    private InProcessKafka kafka;
    private EmbeddedServer server;
    private HttpClient http;
    private JsonMapper json;
    private TopicProbe topics;

    @BeforeAll
    void start() {
        kafka = InProcessKafka.start();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "micronaut.server.port", -1,
                "ingest.token", TOKEN,
                "wenshu.topics.received.partitions", 3));
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        json = server.getApplicationContext().getBean(JsonMapper.class);
        topics = new TopicProbe(kafka.bootstrapServers());
    }

    @AfterAll
    void stop() {
        ShutdownOrder.close(http, server == null ? null : server.getApplicationContext(), kafka);
    }

    @Test
    void acceptsSeveralFilesAndPublishesEachKeyedByItsContentHash() throws IOException {
        byte[] first = ("区委书记王少峰调研丽泽金融商务区。" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        byte[] second = ("首都师范大学党委书记曹文军。" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "first.txt", MediaType.TEXT_PLAIN_TYPE, first)
                .addPart("file", "second.txt", MediaType.TEXT_PLAIN_TYPE, second)
                .build();
        HttpResponse<Map> response = http.toBlocking().exchange(authorized(HttpRequest.POST("/documents", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), Map.class);

        assertEquals(202, response.getStatus().getCode());
        List<?> documents = (List<?>) response.body().get("documents");
        assertEquals(List.of(
                Map.of("id", DocumentIds.of(first), "filename", "first.txt", "status", "ACCEPTED"),
                Map.of("id", DocumentIds.of(second), "filename", "second.txt", "status", "ACCEPTED")), documents);

        List<ConsumerRecord<String, String>> records = topics.await(Topics.DOCUMENTS_RECEIVED,
                r -> r.key().equals(DocumentIds.of(first)) || r.key().equals(DocumentIds.of(second)), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        for (ConsumerRecord<String, String> record : records) {
            DocumentReceived event = json.readValue(record.value(), DocumentReceived.class);
            assertEquals(record.key(), event.documentId());
            assertEquals(DocumentIds.of(event.text().getBytes(StandardCharsets.UTF_8)), event.documentId());
        }
    }

    @Test
    void acceptsARawTextBodyNamedByQueryParameter() {
        String text = "区委副书记、代理区长张艳林。" + System.nanoTime();
        HttpResponse<Map> response = http.toBlocking().exchange(authorized(HttpRequest.POST("/documents?filename=lead.txt", text)
                .contentType(MediaType.TEXT_PLAIN_TYPE)), Map.class);
        assertEquals(202, response.getStatus().getCode());
        Map<?, ?> doc = (Map<?, ?>) ((List<?>) response.body().get("documents")).get(0);
        assertEquals("lead.txt", doc.get("filename"));
        assertEquals(DocumentIds.of(text.getBytes(StandardCharsets.UTF_8)), doc.get("id"));
    }

    @Test
    void passesOnThePublicationDateOfAMultipartUpload() throws IOException {
        byte[] page = ("本报讯 5月17日,区委书记王少峰调研。" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        MultipartBody body = MultipartBody.builder()
                .addPart("publishedAt", "2025-05-18")
                .addPart("file", "page.txt", MediaType.TEXT_PLAIN_TYPE, page)
                .build();
        http.toBlocking().exchange(authorized(HttpRequest.POST("/documents", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), Map.class);
        List<ConsumerRecord<String, String>> records = topics.await(Topics.DOCUMENTS_RECEIVED,
                r -> r.key().equals(DocumentIds.of(page)), 1, Duration.ofSeconds(30));
        assertEquals(java.time.LocalDate.parse("2025-05-18"), json.readValue(records.get(0).value(), DocumentReceived.class).publishedAt());
    }

    @Test
    void refusesUploadsWithoutTheRightToken() {
        HttpRequest<String> noToken = HttpRequest.POST("/documents?filename=a.txt", "王少峰").contentType(MediaType.TEXT_PLAIN_TYPE);
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(noToken, Map.class));
        assertEquals(401, missing.getStatus().getCode());
        assertTrue(missing.getResponse().getBody(Map.class).orElseThrow().get("message").toString().contains("Authorization"));

        HttpRequest<String> wrong = HttpRequest.POST("/documents?filename=a.txt", "王少峰").contentType(MediaType.TEXT_PLAIN_TYPE).bearerAuth("nope");
        assertEquals(401, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(wrong, Map.class)).getStatus().getCode());
    }

    @Test
    void explainsWhyAnUploadIsRefused() {
        HttpClientResponseException empty = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                authorized(HttpRequest.POST("/documents?filename=a.txt", "").contentType(MediaType.TEXT_PLAIN_TYPE)), Map.class));
        assertEquals(400, empty.getStatus().getCode());
        assertTrue(empty.getResponse().getBody(Map.class).orElseThrow().get("message").toString().contains("empty"));

        byte[] gbk = "王少峰".getBytes(Charset.forName("GBK"));
        MultipartBody body = MultipartBody.builder().addPart("file", "gbk.txt", MediaType.TEXT_PLAIN_TYPE, gbk).build();
        HttpClientResponseException notUtf8 = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                authorized(HttpRequest.POST("/documents", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), Map.class));
        assertEquals(415, notUtf8.getStatus().getCode());
        assertTrue(notUtf8.getResponse().getBody(Map.class).orElseThrow().get("message").toString().contains("gbk.txt"));
    }

    @Test
    void healthNeedsNoToken() {
        assertEquals(200, http.toBlocking().exchange(HttpRequest.GET("/health")).getStatus().getCode());
    }

    @Test
    void answers503WhenKafkaDoesNotAcknowledge() throws IOException {
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort();
        }
        try (EmbeddedServer orphan = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "kafka.bootstrap.servers", "localhost:" + unusedPort,
                "micronaut.server.port", -1,
                "ingest.token", TOKEN,
                "kafka.producers.document-events.max.block.ms", 1500,
                "kafka.producers.document-events.delivery.timeout.ms", 3000,
                "kafka.producers.document-events.request.timeout.ms", 1000,
                "kafka.default.api.timeout.ms", 2000,
                "kafka.request.timeout.ms", 1000));
             HttpClient client = orphan.getApplicationContext().createBean(HttpClient.class, orphan.getURL())) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                    authorized(HttpRequest.POST("/documents?filename=a.txt", "王少峰").contentType(MediaType.TEXT_PLAIN_TYPE)), Map.class));
            assertEquals(503, e.getStatus().getCode());
            assertTrue(e.getResponse().getBody(Map.class).orElseThrow().get("message").toString().contains("not accepted"));
        }
    }

    private static <T> HttpRequest<T> authorized(io.micronaut.http.MutableHttpRequest<T> request) {
        return request.bearerAuth(TOKEN);
    }
}
