package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.application.port.Silences;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.Silence;
import com.wedsync.usage.domain.alerting.SilenceId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Silences of rules and organizations. A silence ends at most {@link #MAX_AHEAD} from now: a longer one is a rule
 * that should be deleted or changed, not muted and forgotten. It must end after it starts and after now.
 */
public final class ManageSilencesService implements ManageSilencesUseCase {

    public static final Duration MAX_AHEAD = Duration.ofDays(30);
    static final int ID_LENGTH = 16;

    private final Silences silences;
    private final AlertRules rules;
    private final Organizations organizations;
    private final SecretSource ids;
    private final InstantSource clock;

    public ManageSilencesService(Silences silences, AlertRules rules, Organizations organizations, SecretSource ids,
                                 InstantSource clock) {
        this.silences = silences;
        this.rules = rules;
        this.organizations = organizations;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Silence create(CreateSilenceCommand command) {
        Principal principal = command.principal();
        RuleAccess.requirePerson(principal);
        Instant now = RuleTimes.now(clock);
        Instant startsAt = command.startsAt().map(RuleTimes::millis).orElse(now);
        Instant endsAt = RuleTimes.millis(command.endsAt());
        requireSpan(startsAt, endsAt, now);
        SilenceId id = new SilenceId("sil_" + ids.base62(ID_LENGTH));
        Silence silence = command.rule().isPresent()
                ? Silence.ofRule(id, writableRule(principal, command.rule().get()), startsAt, endsAt,
                        command.comment(), principal.subject(), now)
                : Silence.ofOrganization(id, managedOrganization(principal, command.organization().orElseThrow()),
                        startsAt, endsAt, command.comment(), principal.subject(), now);
        silences.add(silence);
        return silence;
    }

    @Override
    public Page<Silence> list(Principal principal, Optional<OrganizationId> organization, boolean activeOnly,
                              PageRequest page) {
        RuleAccess.requirePerson(principal);
        Optional<OrganizationId> listed = organization.or(principal::organizationId);
        listed.ifPresent(id -> {
            RuleAccess.requireRead(principal, id);
            organizations.find(id).orElseThrow(() -> new NotFoundException("organization", id.value()));
        });
        return silences.list(listed, activeOnly ? Optional.of(clock.instant()) : Optional.empty(), page);
    }

    @Override
    public Silence get(Principal principal, SilenceId id) {
        RuleAccess.requirePerson(principal);
        return readable(principal, id);
    }

    @Override
    public Silence end(Principal principal, SilenceId id) {
        RuleAccess.requirePerson(principal);
        Silence silence = readable(principal, id);
        silence.organization().ifPresent(organization -> RuleAccess.requireManage(principal, organization));
        Silence ended = silence.endedAt(RuleTimes.now(clock));
        if (!silences.update(ended)) {
            throw new NotFoundException("silence", id.value());
        }
        return ended;
    }

    private Silence readable(Principal principal, SilenceId id) {
        Silence silence = silences.find(id).orElseThrow(() -> new NotFoundException("silence", id.value()));
        boolean readable = principal.isAdmin() || silence.organization().flatMap(organization ->
                principal.organizationId().map(organization::equals)).orElse(false);
        if (!readable) {
            throw new NotFoundException("silence", id.value());
        }
        return silence;
    }

    private AlertRule writableRule(Principal principal, AlertRuleId id) {
        AlertRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("alert rule", id.value()));
        return RuleAccess.requireWritable(principal, rule);
    }

    private OrganizationId managedOrganization(Principal principal, OrganizationId organization) {
        RuleAccess.requireManage(principal, organization);
        organizations.find(organization).orElseThrow(() -> new NotFoundException("organization",
                organization.value()));
        return organization;
    }

    private static void requireSpan(Instant startsAt, Instant endsAt, Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("'endsAt' must be after 'startsAt' (" + startsAt + "), was " + endsAt);
        }
        if (!endsAt.isAfter(now)) {
            throw new IllegalArgumentException("'endsAt' must be in the future, was " + endsAt);
        }
        if (endsAt.isAfter(now.plus(MAX_AHEAD))) {
            throw new IllegalArgumentException("'endsAt' must be at most 30 days ahead (" + now.plus(MAX_AHEAD)
                    + "), was " + endsAt);
        }
    }
}
