package com.wedsync.usage.domain.usage;

import com.wedsync.usage.domain.Require;

import java.util.UUID;

/** The caller-made UUID of a usage event: its idempotency key. */
public record EventId(UUID value) {

    public EventId {
        Require.present(value, "eventId");
    }

    public static EventId parse(String text) {
        Require.present(text, "eventId");
        if (text.length() != 36) {
            throw new IllegalArgumentException("'eventId' must be a UUID, was " + Require.quoted(text));
        }
        try {
            return new EventId(UUID.fromString(text));
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException("'eventId' must be a UUID, was " + Require.quoted(text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
