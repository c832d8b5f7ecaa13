package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.analytics.Route;
import com.wedsync.usage.domain.analytics.UsageMeasures;

/** The measures of one route's calls over a range. */
public record RouteUsage(Route route, UsageMeasures measures) {

    public RouteUsage {
        Require.present(route, "route");
        Require.present(measures, "measures");
    }
}
