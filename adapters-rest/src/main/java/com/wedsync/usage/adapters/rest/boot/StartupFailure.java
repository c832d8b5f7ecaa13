package com.wedsync.usage.adapters.rest.boot;

import java.util.LinkedHashSet;
import java.util.Set;

/** Says in one line why the service could not start, from an exception and its causes. */
final class StartupFailure {

    private StartupFailure() {
    }

    static String describe(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable cause = failure; cause != null && messages.size() < 4; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                messages.add(cause.getMessage().lines().findFirst().orElse(""));
            }
        }
        return messages.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", messages);
    }
}
