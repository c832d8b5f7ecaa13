package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a bearer secret into a principal: the bootstrap admin token from configuration, or a stored management
 * token that is not revoked. Every decision passes through here, so known tokens are cached for {@code maxAge};
 * revocation on this node forgets them at once. Unknown secrets are not cached.
 */
public final class AuthenticateService {

    private record Cached(ManagementToken token, long loadedAtMillis) {
    }

    private static final String BOOTSTRAP_SUBJECT = "bootstrap-admin";

    private final ManagementTokens tokens;
    private final SecretHash bootstrapAdmin;
    private final InstantSource clock;
    private final long maxAgeMillis;
    private final Map<SecretHash, Cached> cache = new ConcurrentHashMap<>();

    public AuthenticateService(ManagementTokens tokens, SecretHash bootstrapAdmin, InstantSource clock,
                               Duration maxAge) {
        this.tokens = tokens;
        this.bootstrapAdmin = bootstrapAdmin;
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
    }

    public Optional<Principal> authenticate(String bearerSecret) {
        if (bearerSecret == null || bearerSecret.isEmpty() || bearerSecret.length() > 256) {
            return Optional.empty();
        }
        SecretHash hash = SecretHash.of(bearerSecret);
        if (MessageDigest.isEqual(bytes(hash), bytes(bootstrapAdmin))) {
            return Optional.of(new Principal(BOOTSTRAP_SUBJECT, Role.ADMIN, Optional.empty()));
        }
        return token(hash).filter(ManagementToken::isActive).map(ManagementToken::principal);
    }

    void forget(SecretHash hash) {
        cache.remove(hash);
    }

    private Optional<ManagementToken> token(SecretHash hash) {
        long now = clock.millis();
        Cached cached = cache.get(hash);
        if (cached != null && now - cached.loadedAtMillis() < maxAgeMillis) {
            return Optional.of(cached.token());
        }
        Optional<ManagementToken> loaded = tokens.findBySecretHash(hash);
        loaded.ifPresentOrElse(token -> cache.put(hash, new Cached(token, now)), () -> cache.remove(hash));
        return loaded;
    }

    private static byte[] bytes(SecretHash hash) {
        return hash.hex().getBytes(StandardCharsets.US_ASCII);
    }
}
