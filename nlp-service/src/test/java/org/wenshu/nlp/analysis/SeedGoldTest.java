package org.wenshu.nlp.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression test against gold annotations of the five seeds, written independently of the extractor
 * (src/test/resources/gold/seeds): document-level sets of names per type, (person, title) pairs, and
 * article headlines. It prints the scores; the floors below are today's level less a small margin, so a
 * change that makes extraction worse fails here. The targets are higher for some types; see README.
 */
class SeedGoldTest {
    private static final String[] SEEDS = {
            "000_de6519b967a6cdbb", "001_90e9bf8364783483", "002_637ffde25741a596", "003_170871a187ecc0e6", "004_a1fe2e0ed90fdff7"};
    private static final Map<String, int[]> COUNTS = new LinkedHashMap<>();
    private static final Map<String, Double> F1 = new LinkedHashMap<>();

    @BeforeAll
    static void score() throws IOException {
        DocumentAnalyzer analyzer = new DocumentAnalyzer();
        ObjectMapper json = new ObjectMapper();
        for (String key : List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "ROLE", "HEADLINE")) {
            COUNTS.put(key, new int[3]);
        }
        for (String seed : SEEDS) {
            JsonNode gold;
            try (InputStream in = SeedGoldTest.class.getResourceAsStream("/gold/seeds/" + seed + ".json")) {
                gold = json.readTree(in);
            }
            Analysis analysis = analyzer.analyze(Files.readString(Path.of("..", "seeds", seed + ".txt")));
            for (EntityType type : EntityType.values()) {
                Set<String> predicted = new HashSet<>();
                analysis.mentions().stream().filter(m -> m.type() == type).forEach(m -> predicted.add(m.text()));
                add(type.name(), predicted, strings(gold.path(type.name())));
            }
            Set<String> predictedRoles = new HashSet<>();
            analysis.roles().forEach(r -> predictedRoles.add(r.person() + "|" + r.title()));
            Set<String> goldRoles = new HashSet<>();
            gold.path("roles").forEach(r -> goldRoles.add(r.path("person").asText() + "|" + r.path("title").asText()));
            add("ROLE", predictedRoles, goldRoles);
            Set<String> goldHeadlines = strings(gold.path("headlines"));
            int[] headlines = COUNTS.get("HEADLINE");
            for (String headline : goldHeadlines) {
                boolean found = analysis.articles().stream().anyMatch(a -> a.headline() != null
                        && (a.headline().equals(headline) || a.headline().contains(headline) || headline.contains(a.headline())));
                headlines[found ? 0 : 2]++;
            }
            headlines[1] += (int) analysis.articles().stream().filter(a -> a.headline() != null).count();
        }
        System.out.printf("%-12s %9s %9s %9s%n", "seed gold", "precision", "recall", "F1");
        COUNTS.forEach((key, c) -> {
            double p = key.equals("HEADLINE") ? Double.NaN : c[0] / (double) Math.max(1, c[0] + c[1]);
            double r = c[0] / (double) Math.max(1, c[0] + c[2]);
            double f = key.equals("HEADLINE") ? r : (p + r == 0 ? 0 : 2 * p * r / (p + r));
            F1.put(key, f);
            System.out.printf("%-12s %9.3f %9.3f %9.3f%n", key, p, r, f);
        });
    }

    @Test
    void peopleAreFound() {
        assertAtLeast("PERSON", 0.94);
    }

    @Test
    void organizationsAreFound() {
        assertAtLeast("ORGANIZATION", 0.79);
    }

    @Test
    void placesAreFound() {
        assertAtLeast("LOCATION", 0.82);
    }

    @Test
    void datesAreFound() {
        assertAtLeast("DATE", 0.93);
    }

    @Test
    void titlesAreReadForTheirHolders() {
        assertAtLeast("ROLE", 0.94);
    }

    @Test
    void headlinesAreFound() {
        assertAtLeast("HEADLINE", 0.77);
    }

    private static void assertAtLeast(String key, double floor) {
        assertTrue(F1.get(key) >= floor, key + " F1 " + F1.get(key) + " fell below " + floor);
    }

    private static void add(String key, Set<String> predicted, Set<String> gold) {
        int[] c = COUNTS.get(key);
        for (String p : predicted) {
            c[gold.contains(p) ? 0 : 1]++;
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                c[2]++;
            }
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
