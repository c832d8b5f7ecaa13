package com.wedsync.usage.application.analytics;

import com.wedsync.usage.domain.analytics.Route;

/** One route's totals over the report's range. */
public record EndpointSummary(Route route, UsageTotals totals) {
}
