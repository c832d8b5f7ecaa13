package com.wedsync.usage.adapters.rest.problem;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.HttpCalls;
import com.wedsync.usage.adapters.rest.MutableClock;
import com.wedsync.usage.adapters.rest.RestApi;
import com.wedsync.usage.adapters.rest.SwitchableStore;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.adapters.rest.boot.Main;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.application.StoreUnavailableException;
import com.wedsync.usage.application.tenancy.OrganizationChanges.CreateOrganizationCommand;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import com.wedsync.usage.domain.tenancy.SecretHash;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** While the database cannot be reached, every route that needs it answers 503 store-unavailable, never a 500. */
class StoreUnavailableRoutingTest {

    private static final Principal ADMIN = new Principal("test-admin", Role.ADMIN, Optional.empty());

    private final MutableClock clock = new MutableClock(TestApp.START);
    private SwitchableStore store;
    private RestApi api;
    private HttpCalls http;

    @BeforeEach
    void start() {
        store = new SwitchableStore(EmbeddedDatabase.inMemory("away_" + UUID.randomUUID().toString().replace("-", "")));
        api = Wiring.restApi(store, new InProcessQuotaCounters(clock), SecretHash.of(ADMIN_TOKEN),
                TestApp.settings(1 << 20, 1_000), clock, Wiring.secureRandomSecrets());
        HttpRouting.Builder routing = HttpRouting.builder();
        Main.routing(routing, api);
        http = new HttpCalls(new DirectClient(routing));
        api.organizations().create(new CreateOrganizationCommand(ADMIN, Optional.of(new OrganizationId("shop")),
                "Shop", new TierName("FREE"), ZoneId.of("UTC"), LimitOverrides.NONE));
    }

    @AfterEach
    void stop() {
        http.close();
        api.health().close();
        store.close();
    }

    @Test
    void aBatchTheDatabaseCannotTakeIsRefusedWithRetryAfterAndAcceptedOnceItIsBack() {
        String service = serviceToken();
        String batch = batch();
        ingest(service, batch());

        store.goAway();
        Answer refused = ingest(service, batch);
        store.comeBack();
        Answer retried = ingest(service, batch);

        refused.isProblem(503, "store-unavailable");
        assertThat(refused.header("Retry-After")).hasValue("5");
        assertThat(refused.detail()).contains("send it again");
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.json().path("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void decisionsAndManagementReadsAndWritesAreStoreUnavailableToo() {
        store.goAway();

        http.post("/v1/decisions", ADMIN_TOKEN,
                "{\"organizationId\":\"shop\",\"endpoint\":\"/v1/clients/{id}\",\"method\":\"GET\"}")
                .isProblem(503, "store-unavailable");
        http.get("/v1/organizations", ADMIN_TOKEN).isProblem(503, "store-unavailable");
        http.get("/v1/organizations/shop/usage", ADMIN_TOKEN).isProblem(503, "store-unavailable");
        http.get("/v1/tiers", ADMIN_TOKEN).isProblem(503, "store-unavailable");
        http.post("/v1/organizations", ADMIN_TOKEN, "{\"id\":\"new\",\"name\":\"New\"}")
                .isProblem(503, "store-unavailable");
    }

    @Test
    void aTokenThatCannotBeCheckedIsStoreUnavailableNotUnauthorized() {
        String service = serviceToken();
        ingest(service, batch());
        clock.advance(Duration.ofSeconds(6));

        store.goAway();

        ingest(service, batch()).isProblem(503, "store-unavailable");
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndUpWhenItIsBack() {
        store.goAway();
        Answer away = readinessOnceItIs(503);
        store.comeBack();
        Answer back = readinessOnceItIs(200);

        assertThat(away.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(back.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    /** Readiness reads the health monitor's last snapshot, which notices a change within about a second. */
    private Answer readinessOnceItIs(int status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Answer answer = http.get("/health/ready", null);
        while (answer.status() != status && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(20));
            answer = http.get("/health/ready", null);
        }
        assertThat(answer.status()).as("readiness within 5 s").isEqualTo(status);
        return answer;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void anUnavailableStoreWrappedByAFrameworkIsStillStoreUnavailableAndABugIsStillAnInternalError() {
        HttpRouting.Builder routing = HttpRouting.builder();
        new ExceptionMapping(new ProblemWriter()).register(routing);
        routing.get("/wrapped", (request, response) -> {
            throw new IllegalStateException("handler failed", new StoreUnavailableException("query failed", null));
        }).get("/bug", (request, response) -> {
            throw new IllegalStateException("a bug");
        });
        HttpCalls calls = new HttpCalls(new DirectClient(routing));

        Answer wrapped = calls.get("/wrapped", null);
        Answer bug = calls.get("/bug", null);
        calls.close();

        wrapped.isProblem(503, "store-unavailable");
        bug.isProblem(500, "internal-error");
        assertThat(bug.header("Retry-After")).isEmpty();
    }

    private String serviceToken() {
        return api.tokens().create(ADMIN, Role.SERVICE, Optional.empty()).secret();
    }

    private Answer ingest(String token, String batch) {
        return http.post("/v1/usage-events", token, batch);
    }

    private static String batch() {
        return "{\"events\":[{\"eventId\":\"" + UUID.randomUUID() + "\",\"organizationId\":\"shop\","
                + "\"endpoint\":\"/v1/clients/{id}\",\"method\":\"GET\",\"status\":200,"
                + "\"requestBytes\":0,\"responseBytes\":10,\"occurredAt\":\"" + TestApp.START + "\"}]}";
    }
}
