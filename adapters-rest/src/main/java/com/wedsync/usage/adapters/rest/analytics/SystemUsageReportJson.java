package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wedsync.usage.application.analytics.SystemUsageReport;
import com.wedsync.usage.application.port.OrganizationCalls;

import java.util.List;

/** The system's usage report on the wire: the overview inline, with the busiest organizations. */
public record SystemUsageReportJson(@JsonUnwrapped OverviewJson overview, List<OrganizationJson> topOrganizations) {

    public record OrganizationJson(String organizationId, long calls, long errors) {
        static OrganizationJson fromDomain(OrganizationCalls calls) {
            return new OrganizationJson(calls.organization().value(), calls.calls(), calls.errors());
        }
    }

    static SystemUsageReportJson fromDomain(SystemUsageReport report) {
        return new SystemUsageReportJson(OverviewJson.fromDomain(report.overview()),
                report.topOrganizations().stream().map(OrganizationJson::fromDomain).toList());
    }
}
