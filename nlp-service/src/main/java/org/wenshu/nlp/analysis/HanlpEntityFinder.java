package org.wenshu.nlp.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * People, places and organizations from HanLP's recognizers, with the rules that drop its most common
 * junk: one-character names and "organizations" that are verb phrases (为区域发展, 促进学生).
 */
public final class HanlpEntityFinder {
    public static final String ENGINE = "hanlp-portable-1.8.6";

    private final OrganizationFilter organizations = new OrganizationFilter();

    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            if (paragraphEnd > paragraphStart) {
                findInParagraph(text.substring(paragraphStart, paragraphEnd), paragraphStart, found);
            }
            paragraphStart = paragraphEnd + 1;
        }
        return found;
    }

    private void findInParagraph(String paragraph, int offset, List<Mention> found) {
        // A new segment per call: HanLP segments hold per-call state, the dictionaries behind them are shared.
        Segment segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
        for (Term term : segment.seg(paragraph)) {
            EntityType type = typeOf(term.nature.toString());
            if (type == null || !accept(type, term.word)) {
                continue;
            }
            int start = offset + term.offset;
            found.add(new Mention(type, term.word, start, start + term.word.length(), null));
        }
    }

    private boolean accept(EntityType type, String word) {
        if (word.length() < 2 || !TextNormalizer.isHan(word.charAt(0))) {
            return false;
        }
        return type != EntityType.ORGANIZATION || organizations.isOrganizationName(word);
    }

    static EntityType typeOf(String nature) {
        if (nature.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (nature.startsWith("ns")) {
            return EntityType.LOCATION;
        }
        if (nature.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }
}
