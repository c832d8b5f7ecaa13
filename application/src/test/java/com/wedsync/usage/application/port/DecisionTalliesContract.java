package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        tallies.record(ACME, MONDAY, admitted());
        tallies.record(ACME, MONDAY, admitted());
        tallies.record(ACME, MONDAY, deniedBy(LimitName.MINUTE));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY))
                .isEqualTo(new DecisionTally(2, 2, 1, Map.of(LimitName.MINUTE, 1L)));
    }

    @Test
    void aDenialCountsOnceAndOnceMoreForEveryLimitItNames() {
        tallies.record(ACME, MONDAY, deniedBy(LimitName.MINUTE, LimitName.BURST));
        tallies.record(ACME, MONDAY, deniedBy(LimitName.DAILY));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY)).isEqualTo(new DecisionTally(0, 0, 2,
                Map.of(LimitName.DAILY, 1L, LimitName.MINUTE, 1L, LimitName.BURST, 1L)));
    }

    @Test
    void aDenialNamingNoLimitCountsOnlyAsADenial() {
        tallies.record(ACME, MONDAY, new Decision.Denied(List.of(), Set.of(), DenialReason.STORE_UNAVAILABLE,
                OptionalLong.of(1), true));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY)).isEqualTo(new DecisionTally(0, 0, 1, Map.of()));
    }

    @Test
    void aTallySumsTheDaysOfItsRangeBothIncluded() {
        tallies.record(ACME, MONDAY.minusDays(1), admitted());
        tallies.record(ACME, MONDAY, admitted());
        tallies.record(ACME, MONDAY.plusDays(1), deniedBy(LimitName.DAILY));
        tallies.record(ACME, MONDAY.plusDays(2), admitted());

        assertThat(tallies.tally(ACME, MONDAY, MONDAY.plusDays(1)))
                .isEqualTo(new DecisionTally(1, 1, 1, Map.of(LimitName.DAILY, 1L)));
    }

    @Test
    void otherOrganizationsAreNotCounted() {
        tallies.record(GLOBEX, MONDAY, admitted());
        tallies.record(ACME, MONDAY, deniedBy(LimitName.BURST));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY)).isEqualTo(new DecisionTally(0, 0, 1, Map.of(LimitName.BURST, 1L)));
        assertThat(tallies.tally(GLOBEX, MONDAY, MONDAY)).isEqualTo(new DecisionTally(1, 1, 0, Map.of()));
    }

    @Test
    void aRangeEndingBeforeItStartsTalliesNone() {
        tallies.record(ACME, MONDAY, admitted());

        assertThat(tallies.tally(ACME, MONDAY, MONDAY.minusDays(1))).isEqualTo(DecisionTally.NONE);
    }

    protected static Decision admitted() {
        return new Decision.Admitted(List.of(), 1, false);
    }

    protected static Decision deniedBy(LimitName... violated) {
        return new Decision.Denied(List.of(), Set.of(violated), DenialReason.LIMIT_EXCEEDED, OptionalLong.of(1), false);
    }
}
