package com.wedsync.usage.application.decision;

import com.wedsync.usage.application.InvalidApiKeyException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.LiveUsage;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.time.Instant;
import java.time.InstantSource;

/** Resolves the caller's organization and tier, lets the counters decide, and tallies the outcome. */
public final class DecideCallService implements DecideCallUseCase {

    private final TenantDirectory directory;
    private final QuotaCounters counters;
    private final DecisionTallies tallies;
    private final InstantSource clock;
    private final LiveUsage live;

    public DecideCallService(TenantDirectory directory, QuotaCounters counters, DecisionTallies tallies,
                             InstantSource clock) {
        this(directory, counters, tallies, clock, LiveUsage.NONE);
    }

    public DecideCallService(TenantDirectory directory, QuotaCounters counters, DecisionTallies tallies,
                             InstantSource clock, LiveUsage live) {
        this.directory = directory;
        this.counters = counters;
        this.tallies = tallies;
        this.clock = clock;
        this.live = live;
    }

    @Override
    public DecisionOutcome decide(DecideCallCommand command) {
        Organization organization = organizationOf(command.subject());
        Tier tier = directory.tier(organization.tier())
                .orElseThrow(() -> new IllegalStateException("organization " + organization.id()
                        + " has tier " + organization.tier() + ", which does not exist"));
        LimitSet limits = tier.limits().overriddenBy(organization.overrides());
        LocalCalendar calendar = new LocalCalendar(organization.timeZone());
        Decision decision = counters.decide(organization.id(), limits, calendar, command.cost(), command.dryRun(),
                tier.failureMode());
        if (!command.dryRun()) {
            Instant now = clock.instant();
            tallies.record(organization.id(), calendar.dayOf(now), now, decision);
            live.decided(organization.id(), decision, now);
        }
        return new DecisionOutcome(organization.id(), tier.name(), decision);
    }

    private Organization organizationOf(CallSubject subject) {
        OrganizationId id = switch (subject) {
            case CallSubject.ByOrganization byOrganization -> byOrganization.organizationId();
            case CallSubject.ByApiKey byApiKey -> usableKey(byApiKey.secret()).organizationId();
        };
        return directory.organization(id).orElseThrow(() -> new NotFoundException("organization", id.value()));
    }

    private ApiKey usableKey(String secret) {
        return directory.keyBySecretHash(SecretHash.of(secret))
                .filter(key -> key.isUsableAt(clock.instant()))
                .orElseThrow(InvalidApiKeyException::new);
    }
}
