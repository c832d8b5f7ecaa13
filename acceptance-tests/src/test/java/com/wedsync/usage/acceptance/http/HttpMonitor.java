package com.wedsync.usage.acceptance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.acceptance.support.TestClock;
import com.wedsync.usage.acceptance.world.BatchAnswer;
import com.wedsync.usage.acceptance.world.BilledDay;
import com.wedsync.usage.acceptance.world.CallAnswer;
import com.wedsync.usage.acceptance.world.EventToRecord;
import com.wedsync.usage.acceptance.world.IncidentAnswer;
import com.wedsync.usage.acceptance.world.IncidentDesk;
import com.wedsync.usage.acceptance.world.IncidentView;
import com.wedsync.usage.acceptance.world.UsageMonitor;
import com.wedsync.usage.acceptance.world.UsageView;
import com.wedsync.usage.acceptance.world.WatchingRule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product through its REST API, as WedSync's services and operators use it: an operator with the bootstrap
 * admin token manages organizations, and a service token (made by that operator) asks for decisions and sends
 * usage events. An organization's owner (a token the operator makes for it) sets its usage alert thresholds.
 * Every request crosses a real socket.
 */
final class HttpMonitor implements UsageMonitor, IncidentDesk {

    private final TestServer server;
    private final JsonHttp http;
    private final String serviceToken;
    private final HttpIncidents incidents;
    private final Map<String, String> ownerTokens = new HashMap<>();

    private HttpMonitor(TestServer server) {
        this.server = server;
        this.http = new JsonHttp(server.base());
        this.serviceToken = http.send("POST", "/v1/tokens", Map.of("role", "service"), TestServer.ADMIN_TOKEN, 201)
                .body().path("secret").asText();
        this.incidents = new HttpIncidents(http);
    }

    static HttpMonitor start(TestClock clock, String databaseName) {
        TestServer server = TestServer.start(clock, databaseName);
        try {
            return new HttpMonitor(server);
        } catch (RuntimeException failed) {
            server.close();
            throw failed;
        }
    }

    @Override
    public void createOrganization(String organizationId, String tier, ZoneId timeZone) {
        http.send("POST", "/v1/organizations", Map.of("id", organizationId, "name", organizationId, "tier", tier,
                "timeZone", timeZone.getId()), TestServer.ADMIN_TOKEN, 201);
    }

    @Override
    public void changeTier(String organizationId, String tier) {
        http.send("PATCH", "/v1/organizations/" + organizationId, Map.of("tier", tier), TestServer.ADMIN_TOKEN, 200);
    }

    @Override
    public CallAnswer call(String organizationId) {
        JsonHttp.Reply reply = http.send("POST", "/v1/decisions", Map.of("organizationId", organizationId,
                "endpoint", "/v1/weddings/{id}", "method", "GET"), serviceToken, 200);
        return HttpTranslation.toAnswer(reply);
    }

    @Override
    public BatchAnswer record(List<EventToRecord> events) {
        List<Map<String, Object>> batch = events.stream().map(HttpMonitor::eventJson).toList();
        JsonNode answer = http.send("POST", "/v1/usage-events", Map.of("events", batch), serviceToken, 202).body();
        return new BatchAnswer(answer.path("accepted").asInt(), answer.path("duplicates").asInt(),
                answer.path("rejected").size());
    }

    @Override
    public UsageView usage(String organizationId, Instant from, Instant to, String granularity) {
        String query = "?from=" + encode(from.toString()) + "&to=" + encode(to.toString())
                + "&granularity=" + encode(granularity);
        JsonNode report = http.send("GET", "/v1/organizations/" + organizationId + "/usage" + query, null,
                TestServer.ADMIN_TOKEN, 200).body();
        return HttpTranslation.toView(report);
    }

    /** Columns of the CSV: date, calls, client_errors, server_errors, request_bytes, response_bytes, admitted, denied. */
    @Override
    public List<BilledDay> export(String organizationId, LocalDate first, LocalDate last) {
        String csv = http.getText("/v1/organizations/" + organizationId + "/usage/export?from=" + first + "&to="
                + last, TestServer.ADMIN_TOKEN);
        return Arrays.stream(csv.split("\r\n")).skip(1).map(row -> row.split(",")).map(fields -> new BilledDay(
                LocalDate.parse(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                Long.parseLong(fields[3]), Long.parseLong(fields[6]), Long.parseLong(fields[7]))).toList();
    }

    @Override
    public String trigger(String operator, String severity, String title, String organizationId) {
        return incidents.trigger(operator, severity, title, organizationId);
    }

    @Override
    public IncidentAnswer acknowledge(String operator, String incidentId, String comment) {
        return incidents.acknowledge(operator, incidentId, comment);
    }

    @Override
    public IncidentAnswer resolve(String operator, String incidentId, String comment) {
        return incidents.resolve(operator, incidentId, comment);
    }

    @Override
    public IncidentView incident(String incidentId) {
        return incidents.incident(incidentId);
    }

    @Override
    public void setUsageThresholds(String organizationId, Map<String, Double> thresholds) {
        http.send("POST", "/api/usage-analytics", Map.of("organizationId", organizationId, "thresholds", thresholds),
                ownerTokens.computeIfAbsent(organizationId, this::ownerToken), 200);
    }

    @Override
    public List<WatchingRule> alertRules(String organizationId) {
        JsonNode page = http.send("GET", "/v1/alert-rules?limit=500&organizationId=" + encode(organizationId), null,
                TestServer.ADMIN_TOKEN, 200).body();
        List<WatchingRule> rules = new ArrayList<>();
        page.path("items").forEach(rule -> rules.add(new WatchingRule(rule.path("id").asText(),
                rule.path("metric").asText(), rule.path("comparator").asText(), rule.path("threshold").asDouble(),
                Duration.parse(rule.path("window").asText()), Duration.parse(rule.path("for").asText()),
                rule.path("severity").asText(), rule.path("source").asText())));
        return rules;
    }

    @Override
    public void close() {
        server.close();
    }

    /** A management token of the organization's owner, made by the operator. */
    private String ownerToken(String organizationId) {
        return http.send("POST", "/v1/tokens", Map.of("role", "owner", "organizationId", organizationId),
                TestServer.ADMIN_TOKEN, 201).body().path("secret").asText();
    }

    private static Map<String, Object> eventJson(EventToRecord event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", event.eventId().toString());
        json.put("organizationId", event.organizationId());
        json.put("endpoint", event.endpoint());
        json.put("method", event.method());
        json.put("status", event.status());
        if (event.latencyMs() != null) {
            json.put("latencyMs", event.latencyMs());
        }
        json.put("occurredAt", event.occurredAt().toString());
        return json;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
