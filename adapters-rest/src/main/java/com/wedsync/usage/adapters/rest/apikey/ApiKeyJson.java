package com.wedsync.usage.adapters.rest.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.application.tenancy.CreatedSecret;
import com.wedsync.usage.domain.tenancy.ApiKey;

import java.time.Instant;

/**
 * An API key on the wire. {@code secret} appears only in the answer that created the key: it is never stored and
 * cannot be shown again. {@code prefix} is what a person can recognise the key by.
 */
public record ApiKeyJson(String id, String organizationId, String name, String prefix, String createdAt,
                         String expiresAt, String revokedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static ApiKeyJson fromDomain(ApiKey key) {
        return new ApiKeyJson(key.id().value(), key.organizationId().value(), key.name(), key.displayPrefix(),
                key.createdAt().toString(), key.expiresAt().map(Instant::toString).orElse(null),
                key.revokedAt().map(Instant::toString).orElse(null), null);
    }

    static ApiKeyJson withSecret(CreatedSecret<ApiKey> created) {
        ApiKeyJson key = fromDomain(created.credential());
        return new ApiKeyJson(key.id, key.organizationId, key.name, key.prefix, key.createdAt, key.expiresAt,
                key.revokedAt, created.secret());
    }
}
