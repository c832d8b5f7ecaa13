package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.quota.TierName;

import java.util.List;
import java.util.Optional;

/** Tier definitions; a new store starts with {@link com.wedsync.usage.domain.quota.DefaultTiers}. */
public interface Tiers {

    Optional<Tier> find(TierName name);

    /** Ordered by name. */
    List<Tier> all();

    /** Adds or replaces the tier of that name. */
    void save(Tier tier);
}
