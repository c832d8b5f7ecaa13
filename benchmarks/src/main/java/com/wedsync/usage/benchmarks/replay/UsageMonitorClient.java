package com.wedsync.usage.benchmarks.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of the usage monitor's REST API (v1) the replay drives; every call carries a bearer token. Given several
 * service nodes, it sends each call to the next one in turn.
 */
public final class UsageMonitorClient {

    private final JsonHttp http;

    public UsageMonitorClient(List<URI> nodes) {
        this.http = new JsonHttp(nodes, new ObjectMapper());
    }

    public void createOrganization(String token, String id, String name, String tier, String timeZone) {
        http.post("v1/organizations", token, Map.of("id", id, "name", name, "tier", tier, "timeZone", timeZone), 201);
    }

    /** Creates an API key and returns its secret (shown once). */
    public String createApiKey(String token, String organizationId, String name) {
        return http.post("v1/organizations/" + organizationId + "/api-keys", token, Map.of("name", name), 201)
                .path("secret").asText();
    }

    /** Creates a management token of the role {@code service} and returns its secret. */
    public String createServiceToken(String adminToken) {
        return http.post("v1/tokens", adminToken, Map.of("role", "service"), 201).path("secret").asText();
    }

    public DecisionAnswer decide(String token, String apiKey, String endpoint, String method) {
        JsonNode answer = http.post("v1/decisions", token,
                Map.of("apiKey", apiKey, "endpoint", endpoint, "method", method), 200);
        Set<String> violated = new HashSet<>();
        answer.path("violated").forEach(name -> violated.add(name.asText()));
        return new DecisionAnswer(answer.path("allowed").asBoolean(), violated, answer.path("reason").asText(null),
                answer.path("degraded").asBoolean());
    }

    public IngestAnswer ingest(String token, List<UsageEventJson> events) {
        JsonNode answer = http.post("v1/usage-events", token, Map.of("events", events), 202);
        List<IngestAnswer.Rejected> rejected = new java.util.ArrayList<>();
        answer.path("rejected").forEach(refusal -> rejected.add(new IngestAnswer.Rejected(
                refusal.path("index").asInt(), refusal.path("reason").asText(), refusal.path("detail").asText())));
        return new IngestAnswer(answer.path("accepted").asInt(), answer.path("duplicates").asInt(), rejected);
    }

    /** The organization's usage report over {@code [from, to)} by day. */
    public JsonNode usage(String token, String organizationId, Instant from, Instant to) {
        return http.get("v1/organizations/" + organizationId + "/usage?from=" + from + "&to=" + to
                + "&granularity=day", token, 200);
    }

}
