package org.wenshu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wenshu.localinfra.EmbeddedPostgresServer;
import org.wenshu.localinfra.InProcessKafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seeds through the whole pipeline: ingest, nlp and catalog as three separate JVMs, talking only
 * through one real Kafka broker, the catalog on a real PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineE2EIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration ANALYSIS = Duration.ofSeconds(120);
    private static final String TOKEN = "e2e-" + UUID.randomUUID();

    private final Path root = Path.of(System.getProperty("wenshu.root", "../.."));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<ServiceProcess> services = new ArrayList<>();
    private InProcessKafka kafka;
    private EmbeddedPostgresServer postgres;
    private ServiceProcess ingest;
    private ServiceProcess catalog;

    @BeforeAll
    void start() throws Exception {
        kafka = InProcessKafka.start();
        postgres = EmbeddedPostgresServer.startTemporary();
        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "TOPIC_RECEIVED_PARTITIONS", "4",
                "TOPIC_ANALYZED_PARTITIONS", "4");
        Map<String, String> catalogEnv = new LinkedHashMap<>(common);
        catalogEnv.put("CATALOG_DB_URL", postgres.createDatabase("e2e"));
        catalogEnv.put("CATALOG_DB_USER", postgres.user());
        catalogEnv.put("CATALOG_DB_PASSWORD", postgres.password());
        catalog = add(ServiceProcess.start(root, "catalog-service", "org.wenshu.catalog.CatalogApplication", "CATALOG_PORT", catalogEnv));
        add(ServiceProcess.start(root, "nlp-service", "org.wenshu.nlp.NlpApplication", "NLP_PORT", common));
        Map<String, String> ingestEnv = new LinkedHashMap<>(common);
        ingestEnv.put("INGEST_TOKEN", TOKEN);
        ingest = add(ServiceProcess.start(root, "ingest-service", "org.wenshu.ingest.IngestApplication", "INGEST_PORT", ingestEnv));
        for (ServiceProcess service : services) {
            service.awaitHealthy(http, START);
        }
    }

    @AfterAll
    void stop() throws Exception {
        // Services before the broker they talk to, so none waits out a timeout on a vanished broker.
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theSeedsComeOutAnalyzedInTheCatalog() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(root.resolve("seeds"))) {
            seeds = files.sorted().toList();
        }
        assertEquals(5, seeds.size());

        JsonNode accepted = upload(seeds);
        Map<String, String> idsByFile = new LinkedHashMap<>();
        for (int i = 0; i < seeds.size(); i++) {
            JsonNode doc = accepted.path("documents").path(i);
            assertEquals("ACCEPTED", doc.path("status").asText());
            assertEquals(seeds.get(i).getFileName().toString(), doc.path("filename").asText());
            assertEquals(sha256(Files.readAllBytes(seeds.get(i))), doc.path("id").asText());
            idsByFile.put(doc.path("filename").asText(), doc.path("id").asText());
        }

        for (Map.Entry<String, String> entry : idsByFile.entrySet()) {
            JsonNode doc = awaitAnalyzed(entry.getValue());
            String text = doc.path("text").asText();
            JsonNode wang = null;
            for (JsonNode entity : doc.path("entities")) {
                List<String> names = new ArrayList<>(List.of(entity.path("text").asText()));
                entity.path("aliases").forEach(alias -> names.add(alias.asText()));
                for (JsonNode m : entity.path("mentions")) {
                    String written = text.substring(m.path("start").asInt(), m.path("end").asInt());
                    assertTrue(names.contains(written),
                            entry.getKey() + ": mention '" + written + "' must be the entity's name or an alias of it: " + names);
                }
                if (entity.path("type").asText().equals("PERSON") && entity.path("text").asText().equals("王少峰")) {
                    wang = entity;
                }
            }
            assertTrue(wang != null, entry.getKey() + " should name 王少峰 as a PERSON");
            assertEquals(wang.path("mentions").size(), wang.path("count").asInt());
            assertTrue(doc.path("articles").size() > 0, entry.getKey() + " should be split into articles");
        }

        JsonNode people = get(catalog.url() + "/entities?type=PERSON&q=%E7%8E%8B%E5%B0%91%E5%B3%B0");
        assertEquals("王少峰", people.path("items").path(0).path("name").asText());
        assertEquals(5, people.path("items").path(0).path("documentCount").asInt());
    }

    @Test
    void theSameFileUploadedTwiceIsOneDocument() throws Exception {
        Path seed = root.resolve("seeds").resolve("000_de6519b967a6cdbb.txt");
        String first = upload(List.of(seed)).path("documents").path(0).path("id").asText();
        String second = upload(List.of(seed)).path("documents").path(0).path("id").asText();
        assertEquals(first, second);
        awaitAnalyzed(first);
        int copies = 0;
        for (JsonNode item : get(catalog.url() + "/documents?limit=200").path("items")) {
            if (item.path("id").asText().equals(first)) {
                copies++;
            }
        }
        assertEquals(1, copies);
    }

    @Test
    void uploadsWithoutTheTokenAreRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/documents?filename=a.txt"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("王少峰")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertFalse(response.body().isBlank());
    }

    private ServiceProcess add(ServiceProcess service) {
        services.add(service);
        return service;
    }

    /** All files in one multipart/form-data request, as a browser form or curl -F would send them. */
    private JsonNode upload(List<Path> files) throws IOException, InterruptedException {
        String boundary = "----wenshu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/documents"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private JsonNode awaitAnalyzed(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + ANALYSIS.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(catalog.url() + "/documents/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonNode doc = json.readTree(response.body());
                if (doc.path("status").asText().equals("ANALYZED")) {
                    return doc;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("document " + id + " not ANALYZED in " + ANALYSIS + "; last answer: "
                + last.substring(0, Math.min(300, last.length())) + "\nnlp log:\n" + services.get(1).tail());
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
