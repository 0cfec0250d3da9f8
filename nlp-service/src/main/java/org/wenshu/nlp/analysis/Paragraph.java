package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.List;

/** A non-empty line of a normalized text, where no entity crosses a boundary; offsets into the text. */
public record Paragraph(String text, int start, int end) {

    /** The paragraphs of {@code text}, in order, without the empty ones between them. */
    public static List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                paragraphs.add(new Paragraph(text.substring(start, end), start, end));
            }
            start = end + 1;
        }
        return paragraphs;
    }
}
