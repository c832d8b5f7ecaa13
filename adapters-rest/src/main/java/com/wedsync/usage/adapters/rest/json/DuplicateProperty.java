package com.wedsync.usage.adapters.rest.json;

import com.fasterxml.jackson.core.exc.StreamReadException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the property a body holds twice. The parser refuses it (strict duplicate detection); inside a map Jackson
 * wraps that refusal with the map's path, where it would otherwise read as a mistake of the map's type.
 */
final class DuplicateProperty {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private DuplicateProperty() {
    }

    static Optional<String> in(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamReadException read && read.getOriginalMessage() != null) {
                Matcher duplicate = DUPLICATE.matcher(read.getOriginalMessage());
                if (duplicate.matches()) {
                    return Optional.of(duplicate.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
