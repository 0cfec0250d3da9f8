package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores on the development set (src/test/resources/gold/dev, see its README): a hundred and fifty-four synthetic pages of other
 * cities, written without a look at the extractor, whose errors are read to find general rules, like the seeds'.
 * The floors are the level measured when the rules built on them were done, less 0.03.
 */
class DevGoldTest {
    private static GoldScore score;

    @BeforeAll
    static void score() throws IOException, URISyntaxException {
        score = GoldScore.ofFolder("/gold/dev", new DocumentAnalyzer());
        System.out.print(score.table("development (" + score.documents() + ")"));
    }

    @Test
    void everyPageIsScored() {
        assertTrue(score.documents() >= 154, "expected the hundred and fifty-four development pages, found " + score.documents());
    }

    @ParameterizedTest
    @CsvSource({"PERSON, 0.93", "ORGANIZATION, 0.90", "LOCATION, 0.84", "DATE, 0.97", "ROLE, 0.95", "HEADLINE, 0.90"})
    void eachKindIsFoundAtLeastAsWellAsWhenItsRulesWereWritten(String key, double floor) {
        assertTrue(score.f1(key) >= floor, key + " F1 " + score.f1(key) + " fell below " + floor);
    }
}
