package org.wenshu.nlp.analysis;

import java.util.List;
import java.util.Map;

/**
 * The result of analyzing one text.
 *
 * @param text      the normalized text all offsets point into
 * @param mentions  entity mentions in text order, dates with ISO values where the year is known or inferred
 * @param canonical for names that have a fuller form in the document (丰台, 首都师大): that form
 * @param roles     titles held by people, as the text states them
 * @param articles  the articles of the page, in order
 * @param analyzer  name and version of the analyzer
 */
public record Analysis(String text, List<Mention> mentions, Map<NameKey, String> canonical, List<Role> roles,
                       List<Article> articles, String analyzer) {

    /** A name of a type, the key of {@link #canonical()}. */
    public record NameKey(EntityType type, String name) {
    }

    /** The name the mention's entity goes by in this document: its fullest form. */
    public String canonicalName(Mention m) {
        return canonical.getOrDefault(new NameKey(m.type(), m.text()), m.text());
    }
}
