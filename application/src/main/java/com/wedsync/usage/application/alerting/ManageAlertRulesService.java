package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/** Rules made through the API (source api), each with a signing secret of its own, drawn at creation. */
public final class ManageAlertRulesService implements ManageAlertRulesUseCase {

    private final AlertRules rules;
    private final Organizations organizations;
    private final RuleIdentities identities;
    private final InstantSource clock;

    public ManageAlertRulesService(AlertRules rules, Organizations organizations, SecretSource secrets,
                                   InstantSource clock) {
        this.rules = rules;
        this.organizations = organizations;
        this.identities = new RuleIdentities(secrets);
        this.clock = clock;
    }

    @Override
    public AlertRule create(CreateAlertRuleCommand command) {
        RuleAccess.requirePerson(command.principal());
        RuleAccess.requireManage(command.principal(), command.scope());
        command.scope().organizationId().ifPresent(this::requireOrganization);
        Instant now = RuleTimes.now(clock);
        AlertRule rule = command.definition().toRule(identities.newId(), command.scope(), identities.newSecret(),
                RuleSource.API, now, now);
        rules.add(rule);
        return rule;
    }

    @Override
    public Page<AlertRule> list(Principal principal, Optional<OrganizationId> organization, PageRequest page) {
        RuleAccess.requirePerson(principal);
        Optional<OrganizationId> listed = organization.or(principal::organizationId);
        listed.ifPresent(id -> {
            RuleAccess.requireRead(principal, id);
            requireOrganization(id);
        });
        return rules.list(listed, page);
    }

    @Override
    public AlertRule get(Principal principal, AlertRuleId id) {
        RuleAccess.requirePerson(principal);
        return RuleAccess.requireReadable(principal, stored(id));
    }

    @Override
    public AlertRule update(UpdateAlertRuleCommand command) {
        RuleAccess.requirePerson(command.principal());
        AlertRule current = RuleAccess.requireWritable(command.principal(), stored(command.id()));
        command.scope().filter(scope -> !scope.equals(current.scope())).ifPresent(moved -> {
            throw new IllegalArgumentException("'scope' of a rule cannot change, was " + moved.key()
                    + " for a rule of " + current.scope().key() + "; create a rule in the other scope instead");
        });
        Instant updatedAt = RuleTimes.updatedAt(current.createdAt(), RuleTimes.now(clock));
        AlertRule updated = command.definition().toRule(current.id(), current.scope(), current.signingSecret(),
                current.source(), current.createdAt(), updatedAt);
        if (!rules.update(updated)) {
            throw new NotFoundException("alert rule", command.id().value());
        }
        return updated;
    }

    @Override
    public void delete(Principal principal, AlertRuleId id) {
        RuleAccess.requirePerson(principal);
        RuleAccess.requireWritable(principal, stored(id));
        if (!rules.delete(id)) {
            throw new NotFoundException("alert rule", id.value());
        }
    }

    private AlertRule stored(AlertRuleId id) {
        return rules.find(id).orElseThrow(() -> new NotFoundException("alert rule", id.value()));
    }

    private void requireOrganization(OrganizationId id) {
        organizations.find(id).orElseThrow(() -> new NotFoundException("organization", id.value()));
    }
}
