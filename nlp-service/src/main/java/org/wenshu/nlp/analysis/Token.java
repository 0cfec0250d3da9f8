package org.wenshu.nlp.analysis;

import java.util.Set;

/** A word of the segmented text with its part of speech (ansj's natures: nr person, ns place, nt organization …). */
public record Token(String text, int start, int end, String nature) {
    /** Natures of ordinary vocabulary (nouns, verbs, adjectives, function words, punctuation), not of names. */
    private static final Set<String> ORDINARY = Set.of(
            "n", "v", "vn", "a", "ad", "an", "d", "f", "m", "q", "r", "t", "u", "p", "c", "w", "s");

    /** Whether the segmenter reads this word as ordinary vocabulary (新村/n, 交通/n, 确保/v), not as a name. */
    boolean isOrdinary() {
        return ORDINARY.contains(nature);
    }
}
