package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.quota.TierName;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Tiers} promises: a new store holds the default tiers; saving adds or replaces by name. */
public abstract class TiersContract {

    protected Tiers tiers;

    /** A new store, as the product starts it; the subclass releases whatever backs it after each test. */
    protected abstract Tiers newTiers();

    @BeforeEach
    void createTiers() {
        tiers = newTiers();
    }

    @Test
    void aNewStoreHoldsTheDefaultTiersOrderedByName() {
        assertThat(tiers.all()).containsExactlyElementsOf(DefaultTiers.all().stream()
                .sorted(Comparator.comparing(tier -> tier.name().value())).toList());
    }

    @Test
    void unlimitedLimitsStayUnlimited() {
        assertThat(tiers.find(DefaultTiers.ENTERPRISE)).contains(DefaultTiers.named(DefaultTiers.ENTERPRISE));
    }

    @Test
    void findOfAnUnknownTierIsEmpty() {
        assertThat(tiers.find(new TierName("GOLD"))).isEmpty();
    }

    @Test
    void saveReplacesTheTierOfTheSameName() {
        Tier changed = new Tier(DefaultTiers.FREE, LimitSet.of(200L, null, 8L), 14, FailureMode.CLOSED);

        tiers.save(changed);

        assertThat(tiers.find(DefaultTiers.FREE)).contains(changed);
        assertThat(tiers.all()).hasSize(DefaultTiers.all().size());
    }

    @Test
    void saveAddsANewTier() {
        Tier gold = new Tier(new TierName("GOLD"), LimitSet.of(20_000L, 60L, 30L), 120, FailureMode.OPEN);

        tiers.save(gold);

        assertThat(tiers.find(gold.name())).contains(gold);
        assertThat(tiers.all()).extracting(Tier::name).contains(gold.name()).hasSize(DefaultTiers.all().size() + 1);
    }
}
