package org.issa.core.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.issa.core.error.InvalidInputException;

/** Opaque cursors: the last key of a page, base64url-encoded. */
public final class Cursor {

    public static final int MAX_PAGE_SIZE = 500;

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key after which the next page starts, or empty for the first page. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return "";
        }
        if (cursor.length() > 512) {
            throw new InvalidInputException("cursor", "cursor is too long");
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "cursor is not one this server issued");
        }
    }

    public static int size(Integer requested, int fallback) {
        if (requested == null) {
            return fallback;
        }
        if (requested < 1 || requested > MAX_PAGE_SIZE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE_SIZE);
        }
        return requested;
    }
}
