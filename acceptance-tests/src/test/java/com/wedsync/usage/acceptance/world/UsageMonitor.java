package com.wedsync.usage.acceptance.world;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The product as its users see it, in the words of the features: organizations on tiers, calls that are
 * admitted or denied, usage events and the usage read back, and the alert rules that watch an organization. One
 * implementation drives the use cases directly, another the real HTTP server; the steps cannot tell which one they
 * talk to.
 */
public interface UsageMonitor extends AutoCloseable {

    void createOrganization(String organizationId, String tier, ZoneId timeZone);

    /** An operator moves the organization to another tier. */
    void changeTier(String organizationId, String tier);

    /** "May this call go ahead?" for one call of cost 1, at the scenario clock's current time. */
    CallAnswer call(String organizationId);

    BatchAnswer record(List<EventToRecord> events);

    UsageView usage(String organizationId, Instant from, Instant to, String granularity);

    /** The billing export of the organization's local days from {@code first} to {@code last}, both included. */
    List<BilledDay> export(String organizationId, LocalDate first, LocalDate last);

    /** The organization's owner sets its usage alert thresholds (metric to threshold), replacing the ones it had. */
    void setUsageThresholds(String organizationId, Map<String, Double> thresholds);

    /** Every alert rule that watches the organization, as an operator lists them. */
    List<WatchingRule> alertRules(String organizationId);

    @Override
    void close();
}
