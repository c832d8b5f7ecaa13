package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.tenancy.Principal;

/** A new rule in {@code scope}: an organization the principal manages, or the system (admins only). */
public record CreateAlertRuleCommand(Principal principal, AlertScope scope, AlertRuleDefinition definition) {

    public CreateAlertRuleCommand {
        Require.present(principal, "principal");
        Require.present(scope, "scope");
        Require.present(definition, "definition");
    }
}
