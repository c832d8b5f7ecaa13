package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A read-through cache of keys, organizations and tiers for the hot paths (every decision, every event).
 * Writes through the management use cases invalidate it at once, so a tier change applies to the next decision
 * on this node; {@code maxAge} bounds how long another node's change can stay unseen. Unknown keys are not cached,
 * so a flood of bad keys cannot grow it; it holds at most one entry per existing key, organization and tier.
 */
public final class TenantDirectory {

    private record Entry<V>(Optional<V> value, long loadedAtMillis) {
    }

    private final ApiKeys apiKeys;
    private final Organizations organizations;
    private final Tiers tiers;
    private final InstantSource clock;
    private final long maxAgeMillis;
    private final Map<SecretHash, Entry<ApiKey>> keysByHash = new ConcurrentHashMap<>();
    private final Map<OrganizationId, Entry<Organization>> organizationsById = new ConcurrentHashMap<>();
    private final Map<TierName, Entry<Tier>> tiersByName = new ConcurrentHashMap<>();

    public TenantDirectory(ApiKeys apiKeys, Organizations organizations, Tiers tiers, InstantSource clock,
                           Duration maxAge) {
        this.apiKeys = apiKeys;
        this.organizations = organizations;
        this.tiers = tiers;
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
    }

    public Optional<ApiKey> keyBySecretHash(SecretHash hash) {
        return cached(keysByHash, hash, apiKeys::findBySecretHash);
    }

    public Optional<Organization> organization(OrganizationId id) {
        return cached(organizationsById, id, organizations::find);
    }

    public Optional<Tier> tier(TierName name) {
        return cached(tiersByName, name, tiers::find);
    }

    /** The organization's limits now: its tier's, with its overrides; none when its tier is gone. */
    public LimitSet limitsOf(Organization organization) {
        return tier(organization.tier()).map(Tier::limits).orElse(LimitSet.of(null, null, null))
                .overriddenBy(organization.overrides());
    }

    public void forgetKey(SecretHash hash) {
        keysByHash.remove(hash);
    }

    public void forgetOrganization(OrganizationId id) {
        organizationsById.remove(id);
    }

    public void forgetTier(TierName name) {
        tiersByName.remove(name);
    }

    private <K, V> Optional<V> cached(Map<K, Entry<V>> cache, K key, Function<K, Optional<V>> loader) {
        long now = clock.millis();
        Entry<V> entry = cache.get(key);
        if (entry != null && now - entry.loadedAtMillis() < maxAgeMillis) {
            return entry.value();
        }
        Optional<V> loaded = loader.apply(key);
        if (loaded.isPresent()) {
            cache.put(key, new Entry<>(loaded, now));
        } else {
            cache.remove(key);
        }
        return loaded;
    }
}
