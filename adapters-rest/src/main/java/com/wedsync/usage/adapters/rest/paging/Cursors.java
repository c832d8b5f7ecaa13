package com.wedsync.usage.adapters.rest.paging;

import com.wedsync.usage.domain.Require;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cursors clients see: the store's cursor (an id, or a time and an id) wrapped as {@code c.} and its base64url,
 * so that a cursor this API never handed out is told apart and refused (400) instead of being taken for an id and
 * answered with a wrong or empty page.
 */
final class Cursors {

    private static final String PREFIX = "c.";

    private Cursors() {
    }

    static String wrap(String storeCursor) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(storeCursor.getBytes(StandardCharsets.UTF_8));
    }

    /** The store's cursor inside one this API handed out. */
    static String unwrap(String cursor) {
        if (cursor.startsWith(PREFIX)) {
            try {
                byte[] bytes = Base64.getUrlDecoder().decode(cursor.substring(PREFIX.length()));
                String inside = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (!inside.isEmpty() && inside.chars().noneMatch(Character::isISOControl)) {
                    return inside;
                }
            } catch (IllegalArgumentException | CharacterCodingException notOurs) {
                // Falls through to the refusal: not base64url, or not text.
            }
        }
        throw new IllegalArgumentException("'cursor' is not a cursor of this list, was " + Require.quoted(cursor));
    }
}
