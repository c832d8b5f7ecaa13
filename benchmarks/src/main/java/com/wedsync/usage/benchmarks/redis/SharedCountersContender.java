package com.wedsync.usage.benchmarks.redis;

import com.wedsync.usage.adapters.redis.shared.RedisQuotaCounters;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.ZoneOffset;

/**
 * The product's shared counters ({@link RedisQuotaCounters}: {@code decide.lua} on Redis's clock, decisions asked
 * while a call is on its way going together in the next call, as the service's callers on one node would)
 * with the three limits, on the UTC calendar, cost 1, as the service asks them (denials remembered on the node, as in
 * the service). It connects through
 * {@link RedisQuotaCounters#connect}, so it runs with the product's own client settings; the benchmark gives the
 * peers' client the same pool sizes.
 */
final class SharedCountersContender implements Contender {

    private static final String PREFIX = "bench-shared-";
    private static final LocalCalendar UTC = new LocalCalendar(ZoneOffset.UTC);

    private final RedisQuotaCounters counters;
    private final OrganizationId[] organizations;
    private final LimitSet limits;

    private int generation;

    SharedCountersContender(String redisUrl, int organizations, long daily, long perMinute, long perSecond) {
        this.counters = RedisQuotaCounters.connect(redisUrl);
        this.limits = LimitSet.of(daily, perMinute, perSecond);
        this.organizations = new OrganizationId[organizations];
    }

    /**
     * New organizations for every run: the node remembers the denials Redis gave (as it does in the service), and
     * a run that starts from deleted keys must not find the warm-up's denials remembered for the same ids.
     */
    @Override
    public void prepare() {
        generation++;
        for (int i = 0; i < organizations.length; i++) {
            organizations[i] = new OrganizationId(PREFIX + generation + "-" + i);
        }
    }

    @Override
    public String name() {
        return "shared counters (3 limits)";
    }

    @Override
    public boolean decide(int organization) {
        return counters.decide(organizations[organization], limits, UTC, 1, false, FailureMode.OPEN)
                instanceof Decision.Admitted;
    }

    @Override
    public String keyPattern() {
        return "usage:{" + PREFIX + "*";
    }

    @Override
    public void close() {
        counters.close();
    }
}
