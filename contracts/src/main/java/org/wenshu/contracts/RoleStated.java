package org.wenshu.contracts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A title a person holds, as a document states it (区委副书记、代理区长张艳林: two roles).
 *
 * @param person       the person's name
 * @param title        the title as written (区委副书记, 党委书记)
 * @param organization the body the title belongs to when the text names it (首都师范大学), else null
 */
@Serdeable
public record RoleStated(String person, String title, String organization) {
}
