package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link DecisionTallies} promises: admissions and denials counted apart per organization and local day,
 * a denial counted once and once more for each limit it names, a tally summing the days of its range.
 */
public abstract class DecisionTalliesContract {

    protected static final OrganizationId ACME = new OrganizationId("acme");
    protected static final OrganizationId GLOBEX = new OrganizationId("globex");
    protected static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    protected static final Instant MONDAY_NOON = Instant.parse("2024-03-04T12:00:00Z");

    protected DecisionTallies tallies;

    /** New tallies that have counted nothing; the subclass releases whatever backs them after each test. */
    protected abstract DecisionTallies newTallies();

    @BeforeEach
    void createTallies() {
        tallies = newTallies();
    }

    @Test
    void nothingRecordedTalliesNone() {
        assertThat(tallies.tally(ACME, MONDAY, MONDAY)).isEqualTo(DecisionTally.NONE);
    }

    @Test
    void admissionsAndDenialsAreCountedApart() {
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());
        tallies.record(ACME, MONDAY, MONDAY_NOON, deniedBy(LimitName.MINUTE));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY))
                .isEqualTo(new DecisionTally(2, 2, 1, Map.of(LimitName.MINUTE, 1L)));
    }

    @Test
    void aDenialCountsOnceAndOnceMoreForEveryLimitItNames() {
        tallies.record(ACME, MONDAY, MONDAY_NOON, deniedBy(LimitName.MINUTE, LimitName.BURST));
        tallies.record(ACME, MONDAY, MONDAY_NOON, deniedBy(LimitName.DAILY));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY)).isEqualTo(new DecisionTally(0, 0, 2,
                Map.of(LimitName.DAILY, 1L, LimitName.MINUTE, 1L, LimitName.BURST, 1L)));
    }

    @Test
    void decisionsAreAlsoCountedPerQuarterHourForTheOrganizationAndTheSystem() {
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());
        tallies.record(ACME, MONDAY, MONDAY_NOON.plusSeconds(899), deniedBy(LimitName.MINUTE));
        tallies.record(ACME, MONDAY, MONDAY_NOON.plusSeconds(900), admitted());
        tallies.record(GLOBEX, MONDAY, MONDAY_NOON.plusSeconds(60), admitted());

        assertThat(tallies.quarterHours(UsageScope.of(ACME), MONDAY_NOON, MONDAY_NOON.plusSeconds(1_800))).containsExactly(
                new DecisionBucket(MONDAY_NOON, new DecisionTally(1, 1, 1, Map.of(LimitName.MINUTE, 1L))),
                new DecisionBucket(MONDAY_NOON.plusSeconds(900), new DecisionTally(1, 1, 0, Map.of())));
        assertThat(tallies.quarterHours(UsageScope.system(), MONDAY_NOON, MONDAY_NOON.plusSeconds(900)))
                .containsExactly(new DecisionBucket(MONDAY_NOON,
                        new DecisionTally(2, 2, 1, Map.of(LimitName.MINUTE, 1L))));
        assertThat(tallies.quarterHours(UsageScope.of(ACME), MONDAY_NOON.plusSeconds(1_800),
                MONDAY_NOON.plusSeconds(3_600))).isEmpty();
    }

    @Test
    void totalsSumEachScopesQuarterHoursOfTheRangeForManyScopesAtOnce() {
        tallies.record(ACME, MONDAY, MONDAY_NOON.minusSeconds(1), admitted());
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());
        tallies.record(ACME, MONDAY, MONDAY_NOON.plusSeconds(1_000), deniedBy(LimitName.MINUTE));
        tallies.record(GLOBEX, MONDAY, MONDAY_NOON.plusSeconds(60), deniedBy(LimitName.BURST));
        tallies.record(GLOBEX, MONDAY, MONDAY_NOON.plusSeconds(1_800), admitted());
        OrganizationId quiet = new OrganizationId("quiet");

        Map<UsageScope, DecisionTally> totals = tallies.totals(List.of(UsageScope.of(ACME), UsageScope.of(GLOBEX),
                UsageScope.of(quiet), UsageScope.system()), MONDAY_NOON, MONDAY_NOON.plusSeconds(1_800));

        assertThat(totals).containsOnly(
                Map.entry(UsageScope.of(ACME), new DecisionTally(1, 1, 1, Map.of(LimitName.MINUTE, 1L))),
                Map.entry(UsageScope.of(GLOBEX), new DecisionTally(0, 0, 1, Map.of(LimitName.BURST, 1L))),
                Map.entry(UsageScope.system(), new DecisionTally(1, 1, 2,
                        Map.of(LimitName.MINUTE, 1L, LimitName.BURST, 1L))));
        assertThat(tallies.totals(List.of(UsageScope.system()), MONDAY_NOON.plusSeconds(3_600),
                MONDAY_NOON.plusSeconds(4_500))).isEmpty();
    }

    @Test
    void theOrganizationsDeniedOftenEnoughInTheRangeAreNamed() {
        for (int i = 0; i < 3; i++) {
            tallies.record(ACME, MONDAY, MONDAY_NOON.plusSeconds(i), deniedBy(LimitName.MINUTE));
        }
        tallies.record(ACME, MONDAY, MONDAY_NOON.plusSeconds(1_800), deniedBy(LimitName.MINUTE));
        tallies.record(GLOBEX, MONDAY, MONDAY_NOON, deniedBy(LimitName.BURST));
        tallies.record(GLOBEX, MONDAY, MONDAY_NOON, admitted());
        tallies.record(GLOBEX, MONDAY, MONDAY_NOON.plusSeconds(900), deniedBy(LimitName.BURST));

        assertThat(tallies.organizationsDenied(MONDAY_NOON, MONDAY_NOON.plusSeconds(1_800), 2))
                .containsExactly(ACME, GLOBEX);
        assertThat(tallies.organizationsDenied(MONDAY_NOON, MONDAY_NOON.plusSeconds(1_800), 3)).containsExactly(ACME);
        assertThat(tallies.organizationsDenied(MONDAY_NOON, MONDAY_NOON.plusSeconds(900), 2)).containsExactly(ACME);
    }

    @Test
    void aDenialNamingNoLimitCountsOnlyAsADenial() {
        tallies.record(ACME, MONDAY, MONDAY_NOON, new Decision.Denied(List.of(), Set.of(), DenialReason.STORE_UNAVAILABLE,
                OptionalLong.of(1), true));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY)).isEqualTo(new DecisionTally(0, 0, 1, Map.of()));
    }

    @Test
    void aTallySumsTheDaysOfItsRangeBothIncluded() {
        tallies.record(ACME, MONDAY.minusDays(1), MONDAY_NOON.minusSeconds(1 * 86_400L), admitted());
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());
        tallies.record(ACME, MONDAY.plusDays(1), MONDAY_NOON.plusSeconds(1 * 86_400L), deniedBy(LimitName.DAILY));
        tallies.record(ACME, MONDAY.plusDays(2), MONDAY_NOON.plusSeconds(2 * 86_400L), admitted());

        assertThat(tallies.tally(ACME, MONDAY, MONDAY.plusDays(1)))
                .isEqualTo(new DecisionTally(1, 1, 1, Map.of(LimitName.DAILY, 1L)));
    }

    @Test
    void otherOrganizationsAreNotCounted() {
        tallies.record(GLOBEX, MONDAY, MONDAY_NOON, admitted());
        tallies.record(ACME, MONDAY, MONDAY_NOON, deniedBy(LimitName.BURST));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY)).isEqualTo(new DecisionTally(0, 0, 1, Map.of(LimitName.BURST, 1L)));
        assertThat(tallies.tally(GLOBEX, MONDAY, MONDAY)).isEqualTo(new DecisionTally(1, 1, 0, Map.of()));
    }

    @Test
    void aRangeEndingBeforeItStartsTalliesNone() {
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());

        assertThat(tallies.tally(ACME, MONDAY, MONDAY.minusDays(1))).isEqualTo(DecisionTally.NONE);
    }

    protected static Decision admitted() {
        return new Decision.Admitted(List.of(), 1, false);
    }

    protected static Decision deniedBy(LimitName... violated) {
        return new Decision.Denied(List.of(), Set.of(violated), DenialReason.LIMIT_EXCEEDED, OptionalLong.of(1), false);
    }
}
