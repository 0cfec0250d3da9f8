package org.wenshu.nlp.analysis;

/**
 * A person holding a title, as the text states it: 区委副书记、代理区长张艳林 gives (张艳林, 区委副书记) and
 * (张艳林, 代理区长); 首都师范大学党委书记曹文军 gives (曹文军, 党委书记, 首都师范大学).
 *
 * @param organization the body the title belongs to when the text names it, else null
 * @param personStart  offset of the person mention the role was read from
 */
public record Role(String person, String title, String organization, int personStart) {
}
