package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.util.List;
import java.util.Optional;

/** API keys, found by the hash of their secret when a call is metered. */
public interface ApiKeys {

    void add(ApiKey key);

    /** Replaces an existing key (to revoke it); false when there is none with that id. */
    boolean update(ApiKey key);

    Optional<ApiKey> find(ApiKeyId id);

    Optional<ApiKey> findBySecretHash(SecretHash hash);

    /** Every key of the organization, revoked ones included, oldest first. */
    List<ApiKey> listFor(OrganizationId organization);
}
