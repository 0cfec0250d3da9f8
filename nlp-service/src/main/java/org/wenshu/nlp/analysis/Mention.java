package org.wenshu.nlp.analysis;

/**
 * One entity mention in a normalized text, {@code text.equals(normalized.substring(start, end))}.
 *
 * @param value normalized value where known (ISO-8601 for dates, the full name of a one-character place), else null
 */
public record Mention(EntityType type, String text, int start, int end, String value) {
    public Mention {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for '" + text + "'");
        }
    }

    public int length() {
        return end - start;
    }
}
