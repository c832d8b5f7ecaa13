package com.wedsync.usage.benchmarks.memory;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.Tier;

import java.util.List;

/**
 * The tier mix of the memory measurement, the same as the replay's tier wheel: of every 20 organizations,
 * 7 FREE, 5 STARTER, 4 PROFESSIONAL, 2 SCALE and 2 ENTERPRISE (35/25/20/10/10 %).
 */
final class TierMix {

    private static final List<Tier> WHEEL;

    static {
        Tier f = DefaultTiers.named(DefaultTiers.FREE);
        Tier s = DefaultTiers.named(DefaultTiers.STARTER);
        Tier p = DefaultTiers.named(DefaultTiers.PROFESSIONAL);
        Tier sc = DefaultTiers.named(DefaultTiers.SCALE);
        Tier e = DefaultTiers.named(DefaultTiers.ENTERPRISE);
        WHEEL = List.of(f, s, p, f, sc, s, f, p, e, f, s, p, f, s, sc, f, p, e, f, s);
    }

    private TierMix() {
    }

    static Tier tierOf(int organization) {
        return WHEEL.get(organization % WHEEL.size());
    }

    /**
     * Calls an organization made in the last minute: {@code fraction} of its per-minute limit (of its burst limit
     * when the minute is unlimited, as for ENTERPRISE), at least 1.
     */
    static int callsInLastMinute(Tier tier, double fraction) {
        long perMinute = tier.limits().limit(LimitName.MINUTE)
                .orElseGet(() -> tier.limits().limit(LimitName.BURST).orElseThrow());
        return (int) Math.max(1, Math.round(perMinute * fraction));
    }
}
