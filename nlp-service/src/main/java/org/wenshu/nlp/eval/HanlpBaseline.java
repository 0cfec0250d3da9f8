package org.wenshu.nlp.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.wenshu.nlp.analysis.AnsjEntityFinder;
import org.wenshu.nlp.analysis.EntityType;
import org.wenshu.nlp.analysis.Mention;
import org.wenshu.nlp.analysis.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's recognizers as they come, for the evaluation's side-by-side comparison with the analyzer.
 */
public final class HanlpBaseline {

    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        for (Paragraph paragraph : Paragraph.split(text)) {
            findInParagraph(paragraph.text(), paragraph.start(), found);
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
            EntityType type = AnsjEntityFinder.typeOf(term.nature.toString());
            if (type == null) {
                continue;
            }
            int start = offset + term.offset;
            found.add(new Mention(type, term.word, start, start + term.word.length(), null));
        }
    }

}
