package com.wedsync.usage.domain;

/** Argument checks whose messages name the argument, shared by the value objects of every domain package. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        return value;
    }

    public static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException("'" + name + "' must be positive, was " + value);
        }
        return value;
    }

    public static long notNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException("'" + name + "' must not be negative, was " + value);
        }
        return value;
    }

    public static String matching(String value, java.util.regex.Pattern pattern, String name, String expectation) {
        present(value, name);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + name + "' must be " + expectation + ", was " + quoted(value));
        }
        return value;
    }

    /**
     * Whether text people read (a name, a title, a comment) is at most {@code maxCharacters} UTF-16 units long (an
     * emoji outside the Basic Multilingual Plane counts twice, as the embedded database's columns count it), and
     * shows what it says: no control characters (line breaks and tabs only where {@code lineBreaks}), no half of a
     * surrogate pair (not text at all), and no bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069),
     * which can make a name read as something else.
     */
    public static boolean isReadableText(String value, int maxCharacters, boolean lineBreaks) {
        if (value.length() > maxCharacters) {
            return false;
        }
        return value.codePoints().noneMatch(c -> (Character.isISOControl(c)
                && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t')))
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    /** Quotes a rejected value for a message, cut short and with control characters escaped. */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(value.length(), 64);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append(value.length() > shown ? "…\"" : "\"").toString();
    }
}
