package com.wedsync.usage.adapters.rest.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one event object by JSON type. A field of the wrong type reads as absent and is remembered
 * (the first one only), so that the event can be rejected on its own instead of failing the whole batch.
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

    String firstMalformed() {
        return firstMalformed;
    }

    private <T> T malformed(String name) {
        if (firstMalformed == null) {
            firstMalformed = name;
        }
        return null;
    }
}
