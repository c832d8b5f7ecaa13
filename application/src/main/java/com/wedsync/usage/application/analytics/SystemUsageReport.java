package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.OrganizationCalls;

import java.util.List;

/** The whole system's usage over a period, on UTC's calendar, with the busiest organizations. */
public record SystemUsageReport(UsageOverview overview, List<OrganizationCalls> topOrganizations) {

    public SystemUsageReport {
        topOrganizations = List.copyOf(topOrganizations);
    }
}
