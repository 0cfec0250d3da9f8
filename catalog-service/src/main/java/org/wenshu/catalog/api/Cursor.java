package org.wenshu.catalog.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key of the last item of a page, so the next page starts after it even
 * when documents arrive in between (offsets would skip or repeat items).
 */
final class Cursor {
    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    static String[] decode(String cursor, int expectedParts) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length != expectedParts) {
                throw invalid();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    static BadRequestException invalid() {
        return new BadRequestException("invalid cursor: pass the 'next' value of the previous page unchanged");
    }

    static int limit(Integer requested, int defaultLimit, int maxLimit) {
        if (requested == null) {
            return defaultLimit;
        }
        if (requested < 1 || requested > maxLimit) {
            throw new BadRequestException("limit must be between 1 and " + maxLimit + ", was " + requested);
        }
        return requested;
    }
}
