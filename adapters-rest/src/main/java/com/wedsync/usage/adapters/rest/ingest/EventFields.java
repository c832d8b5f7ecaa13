package com.wedsync.usage.adapters.rest.ingest;

import com.wedsync.usage.domain.Require;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one event object by JSON type. A field of the wrong type reads as absent and is remembered
 * (the first mistake only), so that the event can be rejected on its own instead of failing the whole batch.
 */
final class EventFields {

    private final JsonNode event;
    private String firstMalformed;

    EventFields(JsonNode event) {
        this.event = event;
    }

    String text(String name) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        return malformed(name);
    }

    Long integer(String name) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        return malformed(name);
    }

    /** Why the event could not be read, or null when every field had its type. */
    String firstMalformation() {
        return firstMalformed;
    }

    void unknownProperty(String name) {
        remember("unknown property " + Require.quoted(name));
    }

    private <T> T malformed(String name) {
        remember("'" + name + "' has the wrong JSON type");
        return null;
    }

    private void remember(String malformation) {
        if (firstMalformed == null) {
            firstMalformed = malformation;
        }
    }
}
