package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertScope;

import java.time.Duration;

/** What one rule asks the metrics for: a metric of a scope over the last {@code window}. */
public record Watch(AlertScope scope, AlertMetric metric, Duration window) {

    public Watch {
        Require.present(scope, "scope");
        Require.present(metric, "metric");
        Require.present(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("'window' must be positive, was " + window);
        }
    }
}
