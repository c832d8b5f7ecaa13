package com.wedsync.usage.acceptance.world;

/**
 * The alert evaluator's side of incidents, which has no HTTP route: only a driver inside the process reaches it.
 * A rule fires or clears for an organization, at the scenario's time.
 */
public interface AlertEvaluation {

    /** What a rule's firing came to: the incident it opened, or the open one it found. */
    record Firing(String incidentId, boolean opened) {
    }

    Firing ruleFires(String ruleId, String organizationId, String severity, String title);

    /** Whether the clearing resolved an open incident (false: nothing was open). */
    boolean ruleClears(String ruleId, String organizationId);
}
