package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;

/**
 * Who may do what with alert rules, so that every use case here answers alike: the same 403 and 404 as the API
 * keys (another organization's rule or organization is missing, a viewer may only read), and 403 for a service
 * token, which meters calls and has no business with alerts.
 */
final class RuleAccess {

    private RuleAccess() {
    }

    static void requirePerson(Principal principal) {
        if (principal.role() == Role.SERVICE) {
            throw new AccessDeniedException("a service token may not manage alert rules or thresholds");
        }
    }

    /** A system rule is an operator's: it exists for admins only, and for everyone else it is missing. */
    static AlertRule requireReadable(Principal principal, AlertRule rule) {
        boolean readable = principal.isAdmin()
                || principal.organizationId().map(rule::belongsTo).orElse(false);
        if (!readable) {
            throw new NotFoundException("alert rule", rule.id().value());
        }
        return rule;
    }

    static AlertRule requireWritable(Principal principal, AlertRule rule) {
        requireReadable(principal, rule);
        rule.scope().organizationId().ifPresent(organization -> requireManage(principal, organization));
        return rule;
    }

    /** Creating in a scope: the organization's owner or an admin, or for the system an admin only. */
    static void requireManage(Principal principal, AlertScope scope) {
        switch (scope) {
            case AlertScope.Organization organization -> requireManage(principal, organization.id());
            case AlertScope.System system -> {
                if (!principal.isAdmin()) {
                    throw new AccessDeniedException("only an admin may make rules of the system scope");
                }
            }
        }
    }

    static void requireRead(Principal principal, OrganizationId organization) {
        if (!principal.canRead(organization)) {
            throw new NotFoundException("organization", organization.value());
        }
    }

    static void requireManage(Principal principal, OrganizationId organization) {
        requireRead(principal, organization);
        if (!principal.canManage(organization)) {
            throw new AccessDeniedException("role " + principal.role().wireName() + " may only read");
        }
    }
}
