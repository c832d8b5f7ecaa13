package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.List;

/** Tier definitions: everyone reads them; admins add or change them, and a change applies to the next decision. */
public interface ManageTiersUseCase {

    List<Tier> list();

    Tier get(TierName name);

    Tier save(Principal principal, Tier tier);
}
