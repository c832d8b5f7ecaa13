package com.wedsync.usage.acceptance.world;

import java.util.List;

/**
 * The alert evaluator's side of incidents, which has no HTTP route: only a driver inside the process reaches it.
 * A rule fires or clears for an organization, at the scenario's time; or the evaluator itself runs, as it does
 * on every node every interval, and steps every rule.
 */
public interface AlertEvaluation {

    /** What a rule's firing came to: the incident it opened, or the open one it found. */
    record Firing(String incidentId, boolean opened) {
    }

    Firing ruleFires(String ruleId, String organizationId, String severity, String title);

    /** Whether the clearing resolved an open incident (false: nothing was open). */
    boolean ruleClears(String ruleId, String organizationId);

    /** One run of the evaluator over every alert rule, at the scenario's time. */
    void evaluateRules();

    /** The organization's incidents, newest first. */
    List<IncidentView> incidentsOf(String organizationId);
}
