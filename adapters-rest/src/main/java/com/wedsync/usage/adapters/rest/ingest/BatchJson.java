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
 * well-formed JSON is never refused as a whole for one event's mistyped field (that event alone is rejected), but
 * an unknown property name, anywhere, is a 400, since it is a typo in the client that every event would share.
 */
final class BatchJson {

    private static final Set<String> EVENT_FIELDS = Set.of("eventId", "apiKey", "organizationId", "endpoint",
            "method", "status", "latencyMs", "requestBytes", "responseBytes", "occurredAt");
    /** What an event that is not even a JSON object is reported as. */
    private static final String WHOLE_EVENT = "event";

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
            submissions.add(submission(events.get(index), index));
        }
        return submissions;
    }

    private static UsageEventSubmission submission(JsonNode event, int index) {
        if (!event.isObject()) {
            return new UsageEventSubmission(null, null, null, null, null, null, null, null, null, null, WHOLE_EVENT);
        }
        rejectUnknownFields(event, EVENT_FIELDS, " in 'events[" + index + "]'");
        EventFields fields = new EventFields(event);
        return new UsageEventSubmission(fields.text("eventId"), fields.text("apiKey"), fields.text("organizationId"),
                fields.text("endpoint"), fields.text("method"), fields.integer("status"),
                fields.integer("latencyMs"), fields.integer("requestBytes"), fields.integer("responseBytes"),
                fields.text("occurredAt"), fields.firstMalformed());
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
