package com.wedsync.usage.acceptance.world;

/** What an operator's step came to: the incident as it now is, or the reason it was refused (such as "conflict"). */
public record IncidentAnswer(IncidentView incident, String refusal) {

    public static IncidentAnswer of(IncidentView incident) {
        return new IncidentAnswer(incident, null);
    }

    public static IncidentAnswer refused(String reason) {
        return new IncidentAnswer(null, reason);
    }
}
