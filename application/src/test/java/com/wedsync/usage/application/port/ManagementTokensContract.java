package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.ManagementTokenId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Role;
import com.wedsync.usage.domain.tenancy.SecretHash;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ManagementTokens} store promises: a token is found by id and by its secret's hash, with its
 * role and organization, revoked or not; lists page through every token in id order.
 */
public abstract class ManagementTokensContract {

    protected static final OrganizationId ACME = new OrganizationId("acme");
    protected static final Instant CREATED = Instant.parse("2024-01-15T09:30:00Z");

    protected ManagementTokens tokens;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract ManagementTokens newManagementTokens();

    @BeforeEach
    void createStore() {
        tokens = newManagementTokens();
    }

    @Test
    void anAddedTokenIsFoundByIdAndBySecretHash() {
        ManagementToken owner = token("tok_owner", Role.OWNER, Optional.of(ACME));
        ManagementToken admin = token("tok_admin", Role.ADMIN, Optional.empty());

        tokens.add(owner);
        tokens.add(admin);

        assertThat(tokens.find(owner.id())).contains(owner);
        assertThat(tokens.findBySecretHash(admin.secretHash())).contains(admin);
        assertThat(tokens.findBySecretHash(SecretHash.of("wsm_unknown"))).isEmpty();
    }

    @Test
    void aRevokedTokenIsStillFoundAndReportsRevokedAt() {
        ManagementToken token = token("tok_viewer", Role.VIEWER, Optional.of(ACME));
        tokens.add(token);
        ManagementToken revoked = token.revokedAt(CREATED.plusSeconds(5));

        assertThat(tokens.update(revoked)).isTrue();

        assertThat(tokens.findBySecretHash(token.secretHash())).contains(revoked);
    }

    @Test
    void updateOfAnUnknownTokenAnswersFalse() {
        assertThat(tokens.update(token("tok_ghost", Role.SERVICE, Optional.empty()))).isFalse();
        assertThat(tokens.find(new ManagementTokenId("tok_ghost"))).isEmpty();
    }

    @Test
    void listPagesThroughEveryTokenInIdOrder() {
        for (String id : List.of("tok_c", "tok_a", "tok_d", "tok_b")) {
            tokens.add(token(id, Role.SERVICE, Optional.empty()));
        }

        List<String> listed = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<ManagementToken> page = tokens.list(new PageRequest(3, cursor));
            page.items().forEach(token -> listed.add(token.id().value()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isPresent());

        assertThat(listed).containsExactly("tok_a", "tok_b", "tok_c", "tok_d");
        assertThat(pages).isEqualTo(2);
    }

    protected static ManagementToken token(String id, Role role, Optional<OrganizationId> organization) {
        String secret = "wsm_" + id;
        return new ManagementToken(new ManagementTokenId(id), role, organization, secret.substring(0, 8) + "…",
                SecretHash.of(secret), CREATED, Optional.empty());
    }
}
