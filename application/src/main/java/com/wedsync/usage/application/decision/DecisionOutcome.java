package com.wedsync.usage.application.decision;

import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/** A decision with the organization and tier it was taken for. */
public record DecisionOutcome(OrganizationId organizationId, TierName tier, Decision decision) {
}
