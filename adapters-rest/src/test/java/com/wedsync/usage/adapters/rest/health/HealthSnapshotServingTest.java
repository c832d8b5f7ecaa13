package com.wedsync.usage.adapters.rest.health;

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
import com.wedsync.usage.domain.tenancy.SecretHash;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes and the summary are served from the health monitor's snapshot: however many load balancers ask, the
 * database is asked about once a second, and a database that goes away shows within about a second.
 */
class HealthSnapshotServingTest {

    private SwitchableStore store;
    private RestApi api;
    private HttpCalls http;

    @BeforeEach
    void start() {
        store = new SwitchableStore(EmbeddedDatabase.inMemory("snap_" + UUID.randomUUID().toString().replace("-", "")));
        api = Wiring.restApi(store, new InProcessQuotaCounters(new MutableClock(TestApp.START)),
                SecretHash.of(ADMIN_TOKEN), TestApp.settings(1 << 20, 1_000), new MutableClock(TestApp.START),
                Wiring.secureRandomSecrets());
        HttpRouting.Builder routing = HttpRouting.builder();
        Main.routing(routing, api);
        http = new HttpCalls(new DirectClient(routing));
    }

    @AfterEach
    void stop() {
        http.close();
        api.health().close();
        store.close();
    }

    @Test
    void aThousandProbesAskTheDatabaseNoMoreOftenThanOnceASecond() {
        long started = System.nanoTime();
        int before = store.healthChecks();
        for (int probe = 0; probe < 500; probe++) {
            assertThat(http.get("/api/health-monitoring", null).status()).isEqualTo(200);
            assertThat(http.get("/health/ready", null).status()).isEqualTo(200);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        assertThat(store.healthChecks() - before).isLessThanOrEqualTo((int) seconds + 2);
    }

    @Test
    void aDatabaseThatGoesAwayMakesTheSummaryUnhealthyAndTheAdminSeesWhy() {
        store.goAway();
        Answer summary = once(503);
        Answer detail = http.get("/api/health-monitoring", ADMIN_TOKEN);

        assertThat(summary.json().path("status").asText()).isEqualTo("unhealthy");
        assertThat(detail.status()).isEqualTo(503);
        assertThat(detail.json().path("components").get(0).path("error").asText())
                .isEqualTo("the database does not answer a trivial query");
        assertThat(http.get("/health/ready", null).body()).isEqualTo("{\"status\":\"DOWN\"}");
        store.comeBack();
        assertThat(once(200).json().path("status").asText()).isEqualTo("healthy");
    }

    private Answer once(int status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Answer answer = http.get("/api/health-monitoring", null);
        while (answer.status() != status && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            answer = http.get("/api/health-monitoring", null);
        }
        assertThat(answer.status()).as("the summary's status within 5 s").isEqualTo(status);
        return answer;
    }
}
