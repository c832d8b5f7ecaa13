package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.ManagementTokenId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.time.InstantSource;
import java.util.Optional;

/** Tokens are {@code wsm_} and 32 base62 characters; only their SHA-256 is stored. */
public final class ManageTokensService implements ManageTokensUseCase {

    private final ManagementTokens tokens;
    private final Organizations organizations;
    private final AuthenticateService authentication;
    private final SecretSource secrets;
    private final InstantSource clock;

    public ManageTokensService(ManagementTokens tokens, Organizations organizations,
                               AuthenticateService authentication, SecretSource secrets, InstantSource clock) {
        this.tokens = tokens;
        this.organizations = organizations;
        this.authentication = authentication;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public CreatedSecret<ManagementToken> create(Principal principal, Role role,
                                                 Optional<OrganizationId> organization) {
        Permissions.requireAdmin(principal);
        organization.ifPresent(id -> organizations.find(id)
                .orElseThrow(() -> new IllegalArgumentException("'organizationId' names no organization: " + id)));
        String secret = Secrets.TOKEN_PREFIX + secrets.base62(Secrets.SECRET_LENGTH);
        ManagementToken token = new ManagementToken(new ManagementTokenId("tok_" + secrets.base62(Secrets.ID_LENGTH)),
                role, organization, Secrets.displayPrefix(secret), SecretHash.of(secret), clock.instant(),
                Optional.empty());
        tokens.add(token);
        return new CreatedSecret<>(token, secret);
    }

    @Override
    public ManagementToken revoke(Principal principal, ManagementTokenId id) {
        ManagementToken revoked = get(principal, id).revokedAt(clock.instant());
        tokens.update(revoked);
        authentication.forget(revoked.secretHash());
        return revoked;
    }

    @Override
    public ManagementToken get(Principal principal, ManagementTokenId id) {
        Permissions.requireAdmin(principal);
        return tokens.find(id).orElseThrow(() -> new NotFoundException("token", id.value()));
    }

    @Override
    public Page<ManagementToken> list(Principal principal, PageRequest page) {
        Permissions.requireAdmin(principal);
        return tokens.list(page);
    }
}
