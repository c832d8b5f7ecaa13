package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An organization's API keys: owners and admins create and revoke them, viewers list them. */
public interface ManageApiKeysUseCase {

    CreatedSecret<ApiKey> create(Principal principal, OrganizationId organization, String name,
                                 Optional<Instant> expiresAt);

    /** Revoking twice is harmless: the first revocation time stays. */
    ApiKey revoke(Principal principal, ApiKeyId id);

    ApiKey get(Principal principal, ApiKeyId id);

    List<ApiKey> list(Principal principal, OrganizationId organization);
}
