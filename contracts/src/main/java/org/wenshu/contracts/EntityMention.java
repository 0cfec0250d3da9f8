package org.wenshu.contracts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One occurrence of an entity in a normalized text.
 *
 * @param type  PERSON, ORGANIZATION, LOCATION or DATE
 * @param text  the characters of the mention, {@code text.substring(start, end)}
 * @param start offset of the first character (UTF-16 code units, as Java strings count)
 * @param end   offset after the last character
 * @param value a normalized value where one is known (ISO-8601 for dates, the full name of a place written by one
 *              character: 美国 for 美 of 中美), else null
 * @param canonical since schema 2: the entity's fullest name in the document (丰台区 for a mention 丰台),
 *                  null when it is the mention's own text
 */
@Serdeable
public record EntityMention(String type, String text, int start, int end, String value, String canonical) {
}
