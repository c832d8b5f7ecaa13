package com.wedsync.usage.adapters.rest.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.application.ingest.UsageEventSubmission;
import com.wedsync.usage.domain.Require;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /v1/usage-events}, {@code {"events":[…]}}, read from the JSON tree by hand: a batch of
 * well-formed JSON is never refused as a whole for one event's mistake (a mistyped field or an unknown property:
 * that event alone is rejected); only a body that is not {@code {"events": […]}} is a 400.
 */
final class BatchJson {

    private static final Set<String> EVENT_FIELDS = Set.of("eventId", "apiKey", "organizationId", "endpoint",
            "method", "status", "latencyMs", "requestBytes", "responseBytes", "occurredAt");
    /** What an event that is not even a JSON object is reported as. */
    private static final String NOT_AN_OBJECT = "the event must be a JSON object";

    private BatchJson() {
    }

    static List<UsageEventSubmission> submissions(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object such as {\"events\": […]}");
        }
        rejectUnknownFields(body, Set.of("events"), "");
        JsonNode events = body.get("events");
        if (events == null || !events.isArray()) {
            throw new IllegalArgumentException("'events' is required and must be an array");
        }
        List<UsageEventSubmission> submissions = new ArrayList<>(events.size());
        for (int index = 0; index < events.size(); index++) {
            submissions.add(submission(events.get(index)));
        }
        return submissions;
    }

    private static UsageEventSubmission submission(JsonNode event) {
        if (!event.isObject()) {
            return new UsageEventSubmission(null, null, null, null, null, null, null, null, null, null, NOT_AN_OBJECT);
        }
        EventFields fields = new EventFields(event);
        event.fieldNames().forEachRemaining(name -> {
            if (!EVENT_FIELDS.contains(name)) {
                fields.unknownProperty(name);
            }
        });
        return new UsageEventSubmission(fields.text("eventId"), fields.text("apiKey"), fields.text("organizationId"),
                fields.text("endpoint"), fields.text("method"), fields.integer("status"),
                fields.integer("latencyMs"), fields.integer("requestBytes"), fields.integer("responseBytes"),
                fields.text("occurredAt"), fields.firstMalformation());
    }

    private static void rejectUnknownFields(JsonNode object, Set<String> known, String where) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown property " + Require.quoted(name) + where);
            }
        }
    }
}
