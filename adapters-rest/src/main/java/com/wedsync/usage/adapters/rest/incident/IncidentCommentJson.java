package com.wedsync.usage.adapters.rest.incident;

/** The body of {@code POST /v1/incidents/{id}/acknowledge} and {@code /resolve}, which may be left out. */
public record IncidentCommentJson(String comment) {

    static final IncidentCommentJson NONE = new IncidentCommentJson(null);
}
