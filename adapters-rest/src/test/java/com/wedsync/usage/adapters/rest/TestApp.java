package com.wedsync.usage.adapters.rest;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.adapters.rest.boot.Main;
import com.wedsync.usage.adapters.rest.boot.Settings;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.application.tenancy.OrganizationChanges.CreateOrganizationCommand;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import com.wedsync.usage.domain.tenancy.SecretHash;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole REST surface over an in-memory database of its own, a hand-moved clock and in-process counters,
 * reached through Helidon's routing-level client (no socket). One per test class; seeds go through the use cases.
 */
public final class TestApp implements AutoCloseable {

    public static final String ADMIN_TOKEN = "wsm_testBootstrapAdminToken0000000000";
    public static final Instant START = Instant.parse("2025-06-02T10:00:00Z");
    private static final Principal ADMIN = new Principal("test-admin", Role.ADMIN, Optional.empty());

    public final MutableClock clock = new MutableClock(START);
    public final EmbeddedDatabase database;
    public final RestApi api;
    public final HttpCalls http;

    public TestApp(Settings settings) {
        this.database = EmbeddedDatabase.inMemory("rest_" + UUID.randomUUID().toString().replace("-", ""));
        this.api = Wiring.restApi(database, new InProcessQuotaCounters(clock), SecretHash.of(ADMIN_TOKEN),
                settings, clock, Wiring.secureRandomSecrets());
        HttpRouting.Builder routing = HttpRouting.builder();
        Main.routing(routing, api);
        this.http = new HttpCalls(new DirectClient(routing));
    }

    public TestApp() {
        this(settings(1 << 20, 1_000));
    }

    public static Settings settings(int maxBodyBytes, int maxBatchEvents) {
        return new Settings(0, Path.of("unused"), Optional.empty(), maxBodyBytes, maxBatchEvents);
    }

    public void organization(String id, String tier) {
        api.organizations().create(new CreateOrganizationCommand(ADMIN, Optional.of(new OrganizationId(id)),
                "Organization " + id, new TierName(tier), ZoneId.of("UTC"), LimitOverrides.NONE));
    }

    /** A token of {@code role}, bound to {@code organization} for owners and viewers. */
    public String token(Role role, String organization) {
        Optional<OrganizationId> boundTo = role.isOrganizationScoped()
                ? Optional.of(new OrganizationId(organization)) : Optional.empty();
        return api.tokens().create(ADMIN, role, boundTo).secret();
    }

    public String apiKey(String organization) {
        return api.apiKeys().create(ADMIN, new OrganizationId(organization), "test key", Optional.empty()).secret();
    }

    @Override
    public void close() {
        http.close();
        api.health().close();
        database.close();
    }
}
