package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.paging.PageJson;
import com.wedsync.usage.adapters.rest.paging.Paging;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.alerting.CreateAlertRuleCommand;
import com.wedsync.usage.application.alerting.ManageAlertRulesUseCase;
import com.wedsync.usage.application.alerting.RuleStatusBoard;
import com.wedsync.usage.application.alerting.UpdateAlertRuleCommand;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * {@code /alert-rules} and {@code /alert-rules/{id}}: rules are created (their signing secret shown once), listed
 * ({@code ?organizationId=}), read, replaced by PUT and deleted; read and listed, each carries its last evaluation on
 * this node. Access rules live in the use case.
 */
public final class AlertRulesHttpService implements HttpService {

    private static final QueryParameters LIST = QueryParameters.paged("organizationId");
    private static final String RULES = "/alert-rules";
    private static final String RULE = "/alert-rules/{id}";
    private static final ObjectReader BODY_READER = Json.readerFor(AlertRuleBodyJson.class);
    private static final ObjectWriter RULE_WRITER = Json.writerFor(AlertRuleJson.class);
    private static final ObjectWriter PAGE_WRITER = Json.writerFor(PageJson.class);

    private final ManageAlertRulesUseCase rules;
    private final JsonBodies bodies;
    private final RuleStatusBoard statuses;

    /** {@code statuses}: this node's last evaluation of each rule, shown with the rule when read or listed. */
    public AlertRulesHttpService(ManageAlertRulesUseCase rules, JsonBodies bodies, RuleStatusBoard statuses) {
        this.rules = rules;
        this.bodies = bodies;
        this.statuses = statuses;
    }

    @Override
    public void routing(HttpRules routes) {
        routes.post(RULES, NONE.guard(this::create))
                .get(RULES, LIST.guard(this::list))
                .get(RULE, NONE.guard(this::get))
                .put(RULE, NONE.guard(this::update))
                .delete(RULE, NONE.guard(this::delete));
        MethodNotAllowed.fallback(routes, RULES, "GET, POST");
        MethodNotAllowed.fallback(routes, RULE, "GET, PUT, DELETE");
    }

    private void create(ServerRequest request, ServerResponse response) {
        Principal principal = person(request);
        AlertRuleBodyJson body = bodies.read(request, BODY_READER);
        AlertRule created = rules.create(new CreateAlertRuleCommand(principal, body.requiredScope(),
                body.toDefinition()));
        response.header(HeaderNames.LOCATION, "/v1/alert-rules/" + created.id().value());
        JsonBodies.send(response, 201, RULE_WRITER, AlertRuleJson.withSecret(created));
    }

    private void list(ServerRequest request, ServerResponse response) {
        var organization = request.query().first("organizationId").asOptional().map(OrganizationId::new);
        var page = rules.list(Caller.of(request), organization, Paging.pageRequest(request.query()));
        JsonBodies.send(response, 200, PAGE_WRITER,
                PageJson.fromDomain(page, rule -> AlertRuleJson.withStatus(rule, statuses.of(rule))));
    }

    private void get(ServerRequest request, ServerResponse response) {
        AlertRule rule = rules.get(Caller.of(request), ruleId(request));
        JsonBodies.send(response, 200, RULE_WRITER, AlertRuleJson.withStatus(rule, statuses.of(rule)));
    }

    private void update(ServerRequest request, ServerResponse response) {
        Principal principal = person(request);
        AlertRuleId id = ruleId(request);
        AlertRuleBodyJson body = bodies.read(request, BODY_READER);
        AlertRule updated = rules.update(new UpdateAlertRuleCommand(principal, id, body.optionalScope(),
                body.toDefinition()));
        JsonBodies.send(response, 200, RULE_WRITER, AlertRuleJson.fromDomain(updated));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        rules.delete(Caller.of(request), ruleId(request));
        response.status(204).send();
    }

    /**
     * A service token may not write rules: checked before the body is read, so that it learns that first rather
     * than how to fix a body it may not send (the use case checks again).
     */
    static Principal person(ServerRequest request) {
        Principal principal = Caller.of(request);
        if (principal.role() == Role.SERVICE) {
            throw new AccessDeniedException("a service token may not manage alert rules or thresholds");
        }
        return principal;
    }

    private static AlertRuleId ruleId(ServerRequest request) {
        return new AlertRuleId(request.path().pathParameters().get("id"));
    }
}
