package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.SecretHash;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ApiKeys} store promises: a key is found by id and by its secret's hash, revoked or not, and an
 * organization's keys are listed oldest first.
 */
public abstract class ApiKeysContract {

    protected static final OrganizationId ACME = new OrganizationId("acme");
    protected static final OrganizationId GLOBEX = new OrganizationId("globex");
    protected static final Instant CREATED = Instant.parse("2024-01-15T09:30:00Z");

    protected ApiKeys keys;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract ApiKeys newApiKeys();

    @BeforeEach
    void createStore() {
        keys = newApiKeys();
    }

    @Test
    void anAddedKeyIsFoundByIdAndBySecretHash() {
        ApiKey key = key("key_a1", ACME, CREATED);

        keys.add(key);

        assertThat(keys.find(key.id())).contains(key);
        assertThat(keys.findBySecretHash(key.secretHash())).contains(key);
    }

    @Test
    void anUnknownSecretFindsNothing() {
        keys.add(key("key_a1", ACME, CREATED));

        assertThat(keys.findBySecretHash(SecretHash.of("wsk_unknown"))).isEmpty();
        assertThat(keys.find(new ApiKeyId("key_zz"))).isEmpty();
    }

    @Test
    void anExpiryIsKept() {
        ApiKey expiring = new ApiKey(new ApiKeyId("key_exp"), ACME, "nightly job", "wsk_exp1…",
                SecretHash.of("wsk_exp"), CREATED, Optional.of(CREATED.plusSeconds(86_400)), Optional.empty());

        keys.add(expiring);

        assertThat(keys.find(expiring.id())).contains(expiring);
    }

    @Test
    void revokedKeyFoundByHashStillReportsRevokedAt() {
        ApiKey key = key("key_a1", ACME, CREATED);
        keys.add(key);
        ApiKey revoked = key.revokedAt(CREATED.plusSeconds(60));

        assertThat(keys.update(revoked)).isTrue();

        assertThat(keys.findBySecretHash(key.secretHash())).contains(revoked);
    }

    @Test
    void updateOfAnUnknownKeyAnswersFalse() {
        assertThat(keys.update(key("key_ghost", ACME, CREATED))).isFalse();
        assertThat(keys.find(new ApiKeyId("key_ghost"))).isEmpty();
    }

    @Test
    void listForGivesEveryKeyOfTheOrganizationOldestFirstRevokedIncluded() {
        ApiKey newest = key("key_a1", ACME, CREATED.plusSeconds(20));
        ApiKey oldest = key("key_b2", ACME, CREATED);
        ApiKey revoked = key("key_c3", ACME, CREATED.plusSeconds(10)).revokedAt(CREATED.plusSeconds(30));
        keys.add(newest);
        keys.add(oldest);
        keys.add(revoked);
        keys.add(key("key_d4", GLOBEX, CREATED));

        assertThat(keys.listFor(ACME)).containsExactly(oldest, revoked, newest);
    }

    protected static ApiKey key(String id, OrganizationId organization, Instant createdAt) {
        String secret = "wsk_" + id;
        return new ApiKey(new ApiKeyId(id), organization, "key " + id, secret.substring(0, 8) + "…",
                SecretHash.of(secret), createdAt, Optional.empty(), Optional.empty());
    }
}
