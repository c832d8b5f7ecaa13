package com.wedsync.usage.benchmarks.analytics;

import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.application.analytics.Granularity;
import com.wedsync.usage.application.analytics.QueryUsageCommand;
import com.wedsync.usage.application.analytics.QueryUsageService;
import com.wedsync.usage.application.analytics.UsageReport;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Optional;

/** Times the product's organization view (the use case over the store's rollups) and keeps the last answer. */
final class ViewTimer {

    private static final Principal OPERATOR = new Principal("benchmark", Role.ADMIN, Optional.empty());

    private final QueryUsageService service;
    private UsageReport lastReport;

    ViewTimer(UsageStore store) {
        InstantSource clock = InstantSource.system();
        TenantDirectory directory = new TenantDirectory(store.apiKeys(), store.organizations(), store.tiers(), clock,
                Duration.ofMinutes(5));
        this.service = new QueryUsageService(directory, store.usageRollups(), store.decisionTallies(),
                new InProcessQuotaCounters(clock), clock);
    }

    /** Milliseconds per answer, sorted, after {@code warmUps} untimed answers. */
    double[] time(OrganizationId organization, Instant from, Instant to, Granularity granularity, int warmUps,
                  int answers) {
        QueryUsageCommand command = new QueryUsageCommand(OPERATOR, organization, from, to, granularity);
        for (int i = 0; i < warmUps; i++) {
            lastReport = service.query(command);
        }
        double[] millis = new double[answers];
        for (int i = 0; i < answers; i++) {
            long started = System.nanoTime();
            lastReport = service.query(command);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    UsageReport lastReport() {
        return lastReport;
    }

    static double percentile(double[] sorted, double percentile) {
        return sorted[(int) Math.max(0, Math.ceil(percentile / 100 * sorted.length) - 1)];
    }
}
