package com.wedsync.usage.adapters.rest.silence;

import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.Silence;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/**
 * A silence on the wire. {@code ruleId} is null for a silence of a whole organization; {@code organizationId} is
 * that organization, or the silenced rule's (null for a rule of the system).
 */
record SilenceJson(String id, String ruleId, String organizationId, String startsAt, String endsAt, String comment,
                   String createdBy, String createdAt) {

    static SilenceJson fromDomain(Silence silence) {
        return new SilenceJson(silence.id().value(), silence.rule().map(AlertRuleId::value).orElse(null),
                silence.organization().map(OrganizationId::value).orElse(null), silence.startsAt().toString(),
                silence.endsAt().toString(), silence.comment().orElse(null), silence.createdBy(),
                silence.createdAt().toString());
    }
}
