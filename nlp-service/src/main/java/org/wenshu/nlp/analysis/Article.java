package org.wenshu.nlp.analysis;

/**
 * One article of a newspaper page.
 *
 * @param headline the main headline, or null when the page gives none before the text
 * @param byline   reporter, correspondent or source as written (记者 郭晓妍, 区园林绿化局供稿), or null
 * @param date     the dateline date as written (5月17日), or null
 * @param dateIso  its ISO value where the year is known or inferred, else null
 * @param start    offset of the article's first character (its headline, or its text) in the normalized text
 * @param end      offset after its last character
 */
public record Article(String headline, String byline, String date, String dateIso, int start, int end) {
}
