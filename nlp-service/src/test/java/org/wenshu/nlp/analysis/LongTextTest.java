package org.wenshu.nlp.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongTextTest {
    private static final String SENTENCE = "区委书记王少峰在丰台区调研丽泽金融商务区建设。";

    @Test
    void aParagraphWithoutBreaksIsAnalyzedInSentencePiecesAndKeepsEveryMention() {
        String paragraph = SENTENCE.repeat(400); // 9,200 characters, one paragraph
        List<Mention> mentions = new DocumentAnalyzer().extract(paragraph);
        long people = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.text().equals("王少峰")).count();
        assertEquals(400, people);
        for (Mention m : mentions) {
            assertEquals(m.text(), paragraph.substring(m.start(), m.end()));
        }
    }

    @Test
    void piecesEndAtASentenceEndWithinTheLimit() {
        String paragraph = SENTENCE.repeat(100);
        int end = AnsjEntityFinder.pieceEnd(paragraph, 0, paragraph.length());
        assertTrue(end <= AnsjEntityFinder.MAX_PIECE && end > AnsjEntityFinder.MAX_PIECE / 2, "end " + end);
        assertEquals('。', paragraph.charAt(end - 1));
        String noPunctuation = "丰".repeat(2500);
        assertEquals(AnsjEntityFinder.MAX_PIECE, AnsjEntityFinder.pieceEnd(noPunctuation, 0, noPunctuation.length()));
    }
}
