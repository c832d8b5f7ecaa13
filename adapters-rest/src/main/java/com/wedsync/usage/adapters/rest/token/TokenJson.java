package com.wedsync.usage.adapters.rest.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.application.tenancy.CreatedSecret;
import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;

/**
 * A management token on the wire; {@code organizationId} is null for the roles that are not bound to one.
 * {@code secret} appears only in the answer that created the token.
 */
public record TokenJson(String id, String role, String organizationId, String prefix, String createdAt,
                        String revokedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static TokenJson fromDomain(ManagementToken token) {
        return new TokenJson(token.id().value(), token.role().wireName(),
                token.organizationId().map(OrganizationId::value).orElse(null), token.displayPrefix(),
                token.createdAt().toString(), token.revokedAt().map(Instant::toString).orElse(null), null);
    }

    static TokenJson withSecret(CreatedSecret<ManagementToken> created) {
        TokenJson token = fromDomain(created.credential());
        return new TokenJson(token.id, token.role, token.organizationId, token.prefix, token.createdAt,
                token.revokedAt, created.secret());
    }
}
