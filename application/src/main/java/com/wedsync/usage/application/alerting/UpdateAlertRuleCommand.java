package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Optional;

/**
 * Replaces every field of the rule's {@code definition}. A rule stays in its scope: {@code scope}, when given (a
 * client may send back the body it created the rule with), must be the rule's own.
 */
public record UpdateAlertRuleCommand(Principal principal, AlertRuleId id, Optional<AlertScope> scope,
                                     AlertRuleDefinition definition) {

    public UpdateAlertRuleCommand {
        Require.present(principal, "principal");
        Require.present(id, "id");
        Require.present(scope, "scope");
        Require.present(definition, "definition");
    }
}
