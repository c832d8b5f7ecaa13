package com.wedsync.usage.domain.quota;

import java.util.List;

/** The tiers a new installation starts with (DESIGN §2.1). */
public final class DefaultTiers {

    public static final TierName FREE = new TierName("FREE");
    public static final TierName STARTER = new TierName("STARTER");
    public static final TierName PROFESSIONAL = new TierName("PROFESSIONAL");
    public static final TierName SCALE = new TierName("SCALE");
    public static final TierName ENTERPRISE = new TierName("ENTERPRISE");

    private DefaultTiers() {
    }

    public static List<Tier> all() {
        return List.of(
                new Tier(FREE, LimitSet.of(100L, 5L, 5L), 7, FailureMode.OPEN),
                new Tier(STARTER, LimitSet.of(1_000L, 20L, 10L), 30, FailureMode.OPEN),
                new Tier(PROFESSIONAL, LimitSet.of(10_000L, 50L, 20L), 90, FailureMode.OPEN),
                new Tier(SCALE, LimitSet.of(50_000L, 100L, 50L), 180, FailureMode.OPEN),
                new Tier(ENTERPRISE, LimitSet.of(null, null, 100L), 365, FailureMode.OPEN));
    }

    public static Tier named(TierName name) {
        return all().stream().filter(tier -> tier.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no default tier " + name));
    }
}
