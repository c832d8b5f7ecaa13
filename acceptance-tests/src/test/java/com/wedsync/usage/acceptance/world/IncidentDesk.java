package com.wedsync.usage.acceptance.world;

/**
 * Incidents as operators handle them, in the features' words. Operators are named ("alice"); each acts with
 * an admin credential of their own, and the history shows their name. Every answer is read back as the operator
 * would see it.
 */
public interface IncidentDesk {

    /** An operator opens an incident by hand for the organization; the incident's id. */
    String trigger(String operator, String severity, String title, String organizationId);

    /** {@code comment} may be null. */
    IncidentAnswer acknowledge(String operator, String incidentId, String comment);

    /** {@code comment} may be null. */
    IncidentAnswer resolve(String operator, String incidentId, String comment);

    IncidentView incident(String incidentId);
}
