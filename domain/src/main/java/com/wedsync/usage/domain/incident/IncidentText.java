package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.Require;

/** The checks of the texts people write into incidents: titles and names on one line, comments on several. */
final class IncidentText {

    private IncidentText() {
    }

    /** One line of 1 to {@code maxLength} characters, not only blanks, without control characters. */
    static String line(String value, String name, int maxLength) {
        Require.present(value, name);
        if (value.isBlank() || !Require.isReadableText(value, maxLength, false)) {
            throw new IllegalArgumentException("'" + name + "' must be 1 to " + maxLength
                    + " characters, not only blanks, without control characters, was " + Require.quoted(value));
        }
        return value;
    }

    /** Free text of at most {@code maxLength} characters; line breaks and tabs are its only control characters. */
    static String note(String value, String name, int maxLength) {
        Require.present(value, name);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("'" + name + "' must be at most " + maxLength + " characters, was "
                    + value.length());
        }
        if (!Require.isReadableText(value, maxLength, true)) {
            throw new IllegalArgumentException("'" + name + "' must not contain control characters other than "
                    + "line breaks and tabs, was " + Require.quoted(value));
        }
        return value;
    }
}
