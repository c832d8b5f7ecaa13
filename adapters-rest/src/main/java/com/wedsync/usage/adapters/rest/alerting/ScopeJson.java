package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/** A rule's scope on the wire: {@code {"organizationId": "acme"}} or {@code {"system": true}}, nothing else. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScopeJson(String organizationId, Boolean system) {

    private static final ScopeJson SYSTEM = new ScopeJson(null, true);

    AlertScope toDomain() {
        if (organizationId != null && system == null) {
            return AlertScope.of(new OrganizationId(organizationId));
        }
        if (organizationId == null && Boolean.TRUE.equals(system)) {
            return AlertScope.system();
        }
        throw new IllegalArgumentException("'scope' must be {\"organizationId\": \"…\"} or {\"system\": true}");
    }

    static ScopeJson fromDomain(AlertScope scope) {
        return switch (scope) {
            case AlertScope.Organization organization -> new ScopeJson(organization.id().value(), null);
            case AlertScope.System system -> SYSTEM;
        };
    }
}
