package org.wenshu.contracts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One article of a newspaper page; offsets into the normalized text.
 *
 * @param headline its main headline, or null when the page gives none before the text
 * @param byline   reporter, correspondent or source as written (记者 郭晓妍), or null
 * @param date     the dateline date as written (5月17日), or null
 * @param dateIso  its ISO-8601 value where the year is known or inferred, else null
 * @param start    offset of its first character
 * @param end      offset after its last character
 */
@Serdeable
public record ArticleFound(String headline, String byline, String date, String dateIso, int start, int end) {
}
