package com.wedsync.usage.acceptance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.acceptance.world.IncidentAnswer;
import com.wedsync.usage.acceptance.world.IncidentDesk;
import com.wedsync.usage.acceptance.world.IncidentView;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Incidents through {@code /v1/incidents}, each operator with an admin token of their own, made the first time
 * they act. A step's {@code by} is the token's id on the wire; it is read back as the operator's name.
 */
final class HttpIncidents implements IncidentDesk {

    private final JsonHttp http;
    private final Map<String, String> secrets = new HashMap<>();
    private final Map<String, String> operatorsByTokenId = new HashMap<>();

    HttpIncidents(JsonHttp http) {
        this.http = http;
    }

    @Override
    public String trigger(String operator, String severity, String title, String organizationId) {
        Map<String, Object> body = Map.of("title", title, "severity", severity, "organizationId", organizationId);
        return http.send("POST", "/v1/incidents", body, token(operator), 201).body().path("id").asText();
    }

    @Override
    public IncidentAnswer acknowledge(String operator, String incidentId, String comment) {
        return step(operator, incidentId, "acknowledge", comment);
    }

    @Override
    public IncidentAnswer resolve(String operator, String incidentId, String comment) {
        return step(operator, incidentId, "resolve", comment);
    }

    @Override
    public IncidentView incident(String incidentId) {
        return view(http.send("GET", "/v1/incidents/" + incidentId, null, TestServer.ADMIN_TOKEN, 200).body());
    }

    private IncidentAnswer step(String operator, String incidentId, String step, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (comment != null) {
            body.put("comment", comment);
        }
        JsonHttp.Exchange answer = http.exchange("POST", "/v1/incidents/" + incidentId + "/" + step, body,
                token(operator));
        return switch (answer.status()) {
            case 200 -> IncidentAnswer.of(view(answer.body()));
            case 409 -> IncidentAnswer.refused("conflict");
            default -> throw new AssertionError(step + " answered " + answer.status() + ": " + answer.body());
        };
    }

    private IncidentView view(JsonNode incident) {
        return new IncidentView(incident.path("id").asText(), incident.path("state").asText(),
                StreamSupport.stream(incident.path("history").spliterator(), false).map(step -> new IncidentView.Step(
                        step.path("kind").asText(), operatorsByTokenId.getOrDefault(step.path("by").asText(),
                        step.path("by").asText()), Instant.parse(step.path("at").asText()),
                        step.path("comment").isNull() ? null : step.path("comment").asText())).toList());
    }

    private String token(String operator) {
        return secrets.computeIfAbsent(operator, name -> {
            JsonNode token = http.send("POST", "/v1/tokens", Map.of("role", "admin"), TestServer.ADMIN_TOKEN, 201)
                    .body();
            operatorsByTokenId.put(token.path("id").asText(), name);
            return token.path("secret").asText();
        });
    }
}
