package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Instant;
import java.util.Optional;

/**
 * A new silence of exactly one of a rule or an organization, from {@code startsAt} (now when empty) until
 * {@code endsAt}.
 */
public record CreateSilenceCommand(Principal principal, Optional<AlertRuleId> rule,
                                   Optional<OrganizationId> organization, Optional<Instant> startsAt, Instant endsAt,
                                   Optional<String> comment) {

    public CreateSilenceCommand {
        Require.present(principal, "principal");
        Require.present(rule, "ruleId");
        Require.present(organization, "organizationId");
        if (rule.isPresent() == organization.isPresent()) {
            throw new IllegalArgumentException("a silence names exactly one of 'ruleId' and 'organizationId'");
        }
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
        Require.present(comment, "comment");
    }
}
