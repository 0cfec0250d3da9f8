package org.wenshu.nlp.analysis;

/** A word of the segmented text with its part of speech (ansj's natures: nr person, ns place, nt organization …). */
public record Token(String text, int start, int end, String nature) {
    boolean isPunctuation() {
        return nature.equals("w") || (text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)));
    }
}
