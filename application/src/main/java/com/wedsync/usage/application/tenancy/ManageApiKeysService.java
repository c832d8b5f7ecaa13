package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/** Keys are {@code wsk_} and 32 base62 characters (about 190 bits); only their SHA-256 is stored. */
public final class ManageApiKeysService implements ManageApiKeysUseCase {

    private static final int MAX_NAME_LENGTH = 200;

    private final ApiKeys keys;
    private final Organizations organizations;
    private final TenantDirectory directory;
    private final SecretSource secrets;
    private final InstantSource clock;

    public ManageApiKeysService(ApiKeys keys, Organizations organizations, TenantDirectory directory,
                                SecretSource secrets, InstantSource clock) {
        this.keys = keys;
        this.organizations = organizations;
        this.directory = directory;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public CreatedSecret<ApiKey> create(Principal principal, OrganizationId organization, String name,
                                        Optional<Instant> expiresAt) {
        Permissions.requireManage(principal, organization);
        organizations.find(organization).orElseThrow(() -> new NotFoundException("organization", organization.value()));
        String keyName = name == null ? "" : name;
        if (!Require.isReadableText(keyName, MAX_NAME_LENGTH, false)) {
            throw new IllegalArgumentException("'name' must be at most " + MAX_NAME_LENGTH
                    + " characters without control characters");
        }
        Instant now = clock.instant();
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw new IllegalArgumentException("'expiresAt' must be in the future");
        }
        String secret = Secrets.API_KEY_PREFIX + secrets.base62(Secrets.SECRET_LENGTH);
        ApiKey key = new ApiKey(new ApiKeyId("key_" + secrets.base62(Secrets.ID_LENGTH)), organization, keyName,
                Secrets.displayPrefix(secret), SecretHash.of(secret), now, expiresAt, Optional.empty());
        keys.add(key);
        return new CreatedSecret<>(key, secret);
    }

    @Override
    public ApiKey revoke(Principal principal, ApiKeyId id) {
        ApiKey key = get(principal, id);
        Permissions.requireManage(principal, key.organizationId());
        ApiKey revoked = key.revokedAt(clock.instant());
        keys.update(revoked);
        directory.forgetKey(revoked.secretHash());
        return revoked;
    }

    @Override
    public ApiKey get(Principal principal, ApiKeyId id) {
        return keys.find(id).filter(key -> principal.canRead(key.organizationId()))
                .orElseThrow(() -> new NotFoundException("API key", id.value()));
    }

    @Override
    public Page<ApiKey> list(Principal principal, OrganizationId organization, PageRequest page) {
        Permissions.requireRead(principal, organization);
        organizations.find(organization).orElseThrow(() -> new NotFoundException("organization", organization.value()));
        // An organization has a handful of keys: they are paged in memory, after the key the cursor names.
        List<ApiKey> all = keys.listFor(organization);
        int start = page.cursor().map(cursor -> positionAfter(all, cursor)).orElse(0);
        int end = Math.min(all.size(), start + page.limit());
        Optional<String> next = end < all.size() ? Optional.of(all.get(end - 1).id().value()) : Optional.empty();
        return new Page<>(all.subList(start, end), next);
    }

    private static int positionAfter(List<ApiKey> keys, String cursor) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).id().value().equals(cursor)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("'cursor' is not a cursor of this list, was " + Require.quoted(cursor));
    }
}
