package org.wenshu.localinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Uploads every file of a folder to a running stack, waits until the catalog has analyzed them, and prints
 * what was found per document. It waits for analyses by the analyzer the nlp service runs now, so results of
 * an older analyzer still in the catalog are not shown as new.
 * Usage: {@code StackDemo <ingest-url> <catalog-url> <nlp-url> <token> <folder> [timeout-s]}.
 */
public final class StackDemo {
    private static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE");
    private static final int SHOWN_PER_TYPE = 15;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String ingest;
    private final String catalog;
    private final String nlp;
    private final String token;
    private String analyzer;

    private StackDemo(String ingest, String catalog, String nlp, String token) {
        this.ingest = ingest;
        this.catalog = catalog;
        this.nlp = nlp;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: StackDemo <ingest-url> <catalog-url> <nlp-url> <token> <folder> [timeout-seconds]");
            System.exit(2);
        }
        Duration timeout = Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : 180);
        System.exit(new StackDemo(args[0], args[1], args[2], args[3]).run(Path.of(args[4]), timeout));
    }

    private int run(Path folder, Duration timeout) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("no files in " + folder);
            return 1;
        }
        HttpResponse<String> probe = http.send(HttpRequest.newBuilder(URI.create(nlp + "/analyze"))
                .header("Content-Type", "text/plain; charset=utf-8").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("王少峰")).build(), HttpResponse.BodyHandlers.ofString());
        analyzer = json.readTree(probe.body()).path("analyzer").asText();
        Map<String, String> idsByName = new LinkedHashMap<>();
        System.out.println("Uploading " + files.size() + " files from " + folder + " to " + ingest + " (analyzer " + analyzer + ")");
        for (Path file : files) {
            String name = file.getFileName().toString();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(ingest + "/documents?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                System.err.println("  " + name + ": HTTP " + response.statusCode() + " " + response.body());
                return 1;
            }
            JsonNode accepted = json.readTree(response.body()).path("documents").path(0);
            idsByName.put(name, accepted.path("id").asText());
            System.out.printf("  %-28s %s  %s%n", name, accepted.path("status").asText(), accepted.path("id").asText());
        }

        Map<String, JsonNode> analyzed = awaitAnalyzed(idsByName, timeout);
        System.out.println();
        for (Map.Entry<String, String> entry : idsByName.entrySet()) {
            JsonNode doc = analyzed.get(entry.getValue());
            if (doc == null) {
                System.out.println(entry.getKey() + ": not analyzed within " + timeout.toSeconds() + " s");
                continue;
            }
            printDocument(entry.getKey(), doc);
        }
        System.out.println("Explore the catalog:");
        System.out.println("  curl '" + catalog + "/documents?limit=10'");
        System.out.println("  curl '" + catalog + "/documents/" + idsByName.values().iterator().next() + "'");
        System.out.println("  curl '" + catalog + "/entities?type=PERSON&limit=20'");
        System.out.println("  curl '" + catalog + "/entities?q=" + URLEncoder.encode("丰台", StandardCharsets.UTF_8) + "'");
        return analyzed.size() == idsByName.size() ? 0 : 1;
    }

    private Map<String, JsonNode> awaitAnalyzed(Map<String, String> idsByName, Duration timeout)
            throws IOException, InterruptedException {
        Map<String, JsonNode> analyzed = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        int reported = -1;
        while (analyzed.size() < idsByName.size() && System.nanoTime() < deadline) {
            for (String id : idsByName.values()) {
                if (!analyzed.containsKey(id)) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(catalog + "/documents/" + id))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        JsonNode doc = json.readTree(response.body());
                        if ("ANALYZED".equals(doc.path("status").asText()) && analyzer.equals(doc.path("analyzer").asText())) {
                            analyzed.put(id, doc);
                        }
                    }
                }
            }
            if (analyzed.size() != reported) {
                reported = analyzed.size();
                System.out.println("Analyzed " + reported + "/" + idsByName.size());
            }
            if (analyzed.size() < idsByName.size()) {
                Thread.sleep(300);
            }
        }
        return analyzed;
    }

    private static void printDocument(String name, JsonNode doc) {
        System.out.println("== " + name + "  " + doc.path("status").asText() + "  (" + doc.path("text").asText().length()
                + " chars, " + doc.path("analyzer").asText() + ")");
        Map<String, List<JsonNode>> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, new ArrayList<>()));
        for (JsonNode entity : doc.path("entities")) {
            byType.computeIfAbsent(entity.path("type").asText(), t -> new ArrayList<>()).add(entity);
        }
        byType.forEach((type, entities) -> {
            entities.sort(Comparator.comparingInt((JsonNode e) -> -e.path("count").asInt()));
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < Math.min(SHOWN_PER_TYPE, entities.size()); i++) {
                JsonNode e = entities.get(i);
                line.append(i == 0 ? "" : ", ").append(e.path("text").asText());
                if (e.path("count").asInt() > 1) {
                    line.append("×").append(e.path("count").asInt());
                }
            }
            if (entities.size() > SHOWN_PER_TYPE) {
                line.append(", … ").append(entities.size() - SHOWN_PER_TYPE).append(" more");
            }
            System.out.printf("  %-12s %3d  %s%n", type, entities.size(), line);
        });
        StringBuilder roles = new StringBuilder();
        int shown = 0;
        for (JsonNode role : doc.path("roles")) {
            if (shown++ == SHOWN_PER_TYPE) {
                roles.append(", …");
                break;
            }
            roles.append(shown == 1 ? "" : ", ").append(role.path("person").asText()).append(' ')
                    .append(role.hasNonNull("organization") ? role.path("organization").asText() : "")
                    .append(role.path("title").asText());
        }
        System.out.printf("  %-12s %3d  %s%n", "ROLES", doc.path("roles").size(), roles);
        for (JsonNode article : doc.path("articles")) {
            System.out.printf("  %-12s      %s%s%s%n", "ARTICLE",
                    article.hasNonNull("headline") ? article.path("headline").asText() : "(no headline)",
                    article.hasNonNull("byline") ? "  — " + article.path("byline").asText() : "",
                    article.hasNonNull("date") ? "  " + article.path("date").asText() : "");
        }
        System.out.println();
    }
}
