package org.wenshu.nlp.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Document-level scores of analyses against gold annotations (one JSON per document: sets of names per type,
 * roles as person and title, headlines): precision, recall and F1 per type, micro-averaged over documents.
 */
final class GoldScore {
    static final List<String> KEYS = List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "ROLE", "HEADLINE");
    /** true positives, false positives, false negatives per key. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    private int documents;

    GoldScore() {
        KEYS.forEach(key -> counts.put(key, new int[3]));
    }

    /** Scores every page of a gold folder on the test class path (hNN.json naming its hNN.txt beside it). */
    static GoldScore ofFolder(String resource, DocumentAnalyzer analyzer) throws IOException, URISyntaxException {
        Path folder = Path.of(GoldScore.class.getResource(resource).toURI());
        ObjectMapper json = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> files = Files.list(folder)) {
            golds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        GoldScore score = new GoldScore();
        for (Path goldFile : golds) {
            JsonNode gold = json.readTree(goldFile.toFile());
            score.add(analyzer.analyze(Files.readString(folder.resolve(gold.path("file").asText()))), gold);
            score.documents++;
        }
        return score;
    }

    int documents() {
        return documents;
    }

    void add(Analysis analysis, JsonNode gold) {
        for (EntityType type : EntityType.values()) {
            compare(type.name(), predicted(analysis, type), strings(gold.path(type.name())));
        }
        compare("ROLE", predictedRoles(analysis), goldRoles(gold));
        // A headline counts as found when an article's headline is it, or holds it, or is held by it (a kicker
        // or a second line may differ), spaces aside (a title set on two lines is joined with or without one);
        // headlines are scored by recall only.
        int[] headlines = counts.get("HEADLINE");
        for (String headline : strings(gold.path("headlines"))) {
            headlines[headlineFound(analysis, headline) ? 0 : 2]++;
        }
    }

    /** The distinct names of one type the analysis found. */
    /**
     * The names found of a type, as written; a person by the name the document gives in full (朱 of 朱总理 →
     * 朱镕基), as the gold lists people by full names only.
     */
    static Set<String> predicted(Analysis analysis, EntityType type) {
        Set<String> names = new TreeSet<>();
        analysis.mentions().stream().filter(m -> m.type() == type)
                .forEach(m -> names.add(type == EntityType.PERSON ? analysis.canonicalName(m) : m.text()));
        return names;
    }

    /** (person, title) pairs as person|title. */
    static Set<String> predictedRoles(Analysis analysis) {
        Set<String> roles = new TreeSet<>();
        analysis.roles().forEach(r -> roles.add(r.person() + "|" + r.title()));
        return roles;
    }

    static Set<String> goldRoles(JsonNode gold) {
        Set<String> roles = new TreeSet<>();
        gold.path("roles").forEach(r -> roles.add(r.path("person").asText() + "|" + r.path("title").asText()));
        return roles;
    }

    static boolean headlineFound(Analysis analysis, String headline) {
        String wanted = headline.replace(" ", "");
        return analysis.articles().stream().map(Article::headline).filter(h -> h != null).map(h -> h.replace(" ", ""))
                .anyMatch(h -> h.equals(wanted) || h.contains(wanted) || wanted.contains(h));
    }

    double f1(String key) {
        int[] c = counts.get(key);
        double p = c[0] / (double) Math.max(1, c[0] + c[1]);
        double r = c[0] / (double) Math.max(1, c[0] + c[2]);
        if (key.equals("HEADLINE")) {
            return r;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String table(String title) {
        StringBuilder out = new StringBuilder(String.format("%-12s %9s %9s %9s%n", title, "precision", "recall", "F1"));
        counts.forEach((key, c) -> {
            double p = key.equals("HEADLINE") ? Double.NaN : c[0] / (double) Math.max(1, c[0] + c[1]);
            double r = c[0] / (double) Math.max(1, c[0] + c[2]);
            out.append(String.format("%-12s %9.3f %9.3f %9.3f%n", key, p, r, f1(key)));
        });
        return out.toString();
    }

    private void compare(String key, Set<String> predicted, Set<String> gold) {
        int[] c = counts.get(key);
        for (String p : predicted) {
            c[gold.contains(p) ? 0 : 1]++;
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                c[2]++;
            }
        }
    }

    static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
