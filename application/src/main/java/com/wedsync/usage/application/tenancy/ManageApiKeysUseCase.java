package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Instant;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import java.util.Optional;

/** An organization's API keys: owners and admins create and revoke them, viewers list them. */
public interface ManageApiKeysUseCase {

    CreatedSecret<ApiKey> create(Principal principal, OrganizationId organization, String name,
                                 Optional<Instant> expiresAt);

    /** Revoking twice is harmless: the first revocation time stays. */
    ApiKey revoke(Principal principal, ApiKeyId id);

    ApiKey get(Principal principal, ApiKeyId id);

    /** The organization's keys, revoked ones included, oldest first; the cursor is the last key id of a page. */
    Page<ApiKey> list(Principal principal, OrganizationId organization, PageRequest page);
}
