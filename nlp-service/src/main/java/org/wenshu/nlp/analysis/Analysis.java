package org.wenshu.nlp.analysis;

import java.util.List;

/** The result of analyzing one text: the normalized text, the mentions found in it in text order, and roles. */
public record Analysis(String text, List<Mention> mentions, List<Role> roles, String analyzer) {
}
