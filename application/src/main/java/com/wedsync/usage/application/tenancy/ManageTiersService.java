package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.List;

/** Tiers, written through to the store and forgotten by the directory at once. */
public final class ManageTiersService implements ManageTiersUseCase {

    private final Tiers tiers;
    private final TenantDirectory directory;

    public ManageTiersService(Tiers tiers, TenantDirectory directory) {
        this.tiers = tiers;
        this.directory = directory;
    }

    @Override
    public List<Tier> list() {
        return tiers.all();
    }

    @Override
    public Tier get(TierName name) {
        return tiers.find(name).orElseThrow(() -> new NotFoundException("tier", name.value()));
    }

    @Override
    public Tier save(Principal principal, Tier tier) {
        Permissions.requireAdmin(principal);
        tiers.save(tier);
        directory.forgetTier(tier.name());
        return tier;
    }
}
