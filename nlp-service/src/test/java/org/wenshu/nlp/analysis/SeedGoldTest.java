package org.wenshu.nlp.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
    private static final GoldScore SCORE = new GoldScore();

    @BeforeAll
    static void score() throws IOException {
        DocumentAnalyzer analyzer = new DocumentAnalyzer();
        ObjectMapper json = new ObjectMapper();
        for (String seed : SEEDS) {
            JsonNode gold;
            try (InputStream in = SeedGoldTest.class.getResourceAsStream("/gold/seeds/" + seed + ".json")) {
                gold = json.readTree(in);
            }
            SCORE.add(analyzer.analyze(Files.readString(Path.of("..", "seeds", seed + ".txt"))), gold);
        }
        System.out.print(SCORE.table("seed gold"));
    }

    @Test
    void peopleAreFound() {
        assertAtLeast("PERSON", 0.97);
    }

    @Test
    void organizationsAreFound() {
        assertAtLeast("ORGANIZATION", 0.84);
    }

    @Test
    void placesAreFound() {
        assertAtLeast("LOCATION", 0.84);
    }

    @Test
    void datesAreFound() {
        assertAtLeast("DATE", 0.96);
    }

    @Test
    void titlesAreReadForTheirHolders() {
        assertAtLeast("ROLE", 0.97);
    }

    @Test
    void headlinesAreFound() {
        assertAtLeast("HEADLINE", 0.79);
    }

    private static void assertAtLeast(String key, double floor) {
        assertTrue(SCORE.f1(key) >= floor, key + " F1 " + SCORE.f1(key) + " fell below " + floor);
    }
}
