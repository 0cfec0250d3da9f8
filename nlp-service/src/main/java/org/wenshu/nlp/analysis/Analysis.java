package org.wenshu.nlp.analysis;

import java.util.List;

/** The result of analyzing one text: the normalized text and the mentions found in it, in text order. */
public record Analysis(String text, List<Mention> mentions, String analyzer) {
}
