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
