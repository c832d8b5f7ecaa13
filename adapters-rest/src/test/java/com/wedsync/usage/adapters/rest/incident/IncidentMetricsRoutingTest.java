package com.wedsync.usage.adapters.rest.incident;

import com.wedsync.usage.adapters.rest.TestApp;
import org.junit.jupiter.api.Test;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /metrics} counts each state an incident entered once: repeated steps and refused ones count nothing. */
class IncidentMetricsRoutingTest {

    @Test
    void eachTransitionIsCountedOnceByTheStateItEntered() {
        try (TestApp app = new TestApp()) {
            String id = app.http.post("/v1/incidents", ADMIN_TOKEN, "{\"title\":\"t\",\"severity\":\"info\"}")
                    .json().path("id").asText();
            for (String step : new String[] {"acknowledge", "acknowledge", "resolve", "resolve", "acknowledge"}) {
                app.http.post("/v1/incidents/" + id + "/" + step, ADMIN_TOKEN, null);
            }

            assertThat(app.http.get("/metrics", null).body()).contains(
                    "\nusage_monitor_incident_transitions_total{state=\"triggered\"} 1\n",
                    "\nusage_monitor_incident_transitions_total{state=\"acknowledged\"} 1\n",
                    "\nusage_monitor_incident_transitions_total{state=\"resolved\"} 1\n");
        }
    }
}
