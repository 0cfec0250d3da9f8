package org.wenshu.nlp.analysis;

/** A word of the segmented text with its part of speech (ansj's natures: nr person, ns place, nt organization …). */
public record Token(String text, int start, int end, String nature) {
}
