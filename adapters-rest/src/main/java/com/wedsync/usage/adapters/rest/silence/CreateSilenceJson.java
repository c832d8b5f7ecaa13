package com.wedsync.usage.adapters.rest.silence;

import com.wedsync.usage.adapters.rest.json.WireValues;
import com.wedsync.usage.application.alerting.CreateSilenceCommand;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Optional;

/** The body of {@code POST /v1/silences}: exactly one of {@code ruleId} and {@code organizationId}; {@code endsAt}. */
record CreateSilenceJson(String ruleId, String organizationId, String startsAt, String endsAt, String comment) {

    CreateSilenceCommand toCommand(Principal principal) {
        return new CreateSilenceCommand(principal,
                Optional.ofNullable(ruleId).map(id -> AlertRuleId.sentAs("ruleId", id)),
                Optional.ofNullable(organizationId).map(OrganizationId::new),
                WireValues.optionalInstant(startsAt, "startsAt"),
                WireValues.instant(Require.present(endsAt, "endsAt"), "endsAt"), Optional.ofNullable(comment));
    }
}
