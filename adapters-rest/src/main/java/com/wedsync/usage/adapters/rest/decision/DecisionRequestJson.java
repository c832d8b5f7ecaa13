package com.wedsync.usage.adapters.rest.decision;

import com.wedsync.usage.application.decision.CallSubject;
import com.wedsync.usage.application.decision.DecideCallCommand;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.HttpMethod;

import java.util.Arrays;

/**
 * The body of {@code POST /v1/decisions}: exactly one of {@code apiKey} and {@code organizationId}, the endpoint
 * template and method of the call, its cost (1 when absent) and {@code dryRun} (false when absent).
 */
public record DecisionRequestJson(String apiKey, String organizationId, String endpoint, String method, Long cost,
                                  Boolean dryRun) {

    /** Real keys are 36 characters; anything far longer is not a key, and is refused before it is hashed. */
    private static final int MAX_API_KEY_LENGTH = 256;

    DecideCallCommand toCommand() {
        return new DecideCallCommand(subject(), new Endpoint(Require.present(endpoint, "endpoint")), httpMethod(),
                cost == null ? 1 : cost, Boolean.TRUE.equals(dryRun));
    }

    private CallSubject subject() {
        if ((apiKey == null) == (organizationId == null)) {
            throw new IllegalArgumentException("exactly one of 'apiKey' and 'organizationId' is required");
        }
        if (organizationId != null) {
            return new CallSubject.ByOrganization(new OrganizationId(organizationId));
        }
        // The key is a secret: the message names the rule but never echoes the value.
        if (apiKey.isEmpty() || apiKey.length() > MAX_API_KEY_LENGTH
                || apiKey.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("'apiKey' must be 1 to " + MAX_API_KEY_LENGTH
                    + " characters without control characters");
        }
        return new CallSubject.ByApiKey(apiKey);
    }

    private HttpMethod httpMethod() {
        Require.present(method, "method");
        return HttpMethod.parse(method).orElseThrow(() -> new IllegalArgumentException("'method' must be one of "
                + Arrays.toString(HttpMethod.values()) + ", was " + Require.quoted(method)));
    }
}
