package com.wedsync.usage.acceptance.alerting;

import com.wedsync.usage.acceptance.production.FreshDatabase;
import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentState;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CASES A1: an error-rate rule fires at T and clears at T+4 min while two service nodes (two evaluators, each with
 * its own connection pool, on one PostgreSQL) evaluate it at the same moments. There is one incident, one trigger
 * notice and exactly one resolve notice; a breach after the resolve opens a new incident with a new id.
 */
class OneIncidentOneResolveTest {

    private static final Instant T = Instant.parse("2025-06-02T10:01:00Z");

    @Test
    void twoNodesOpenOneIncidentAndResolveItOnce() throws Exception {
        MutableClock clock = new MutableClock(T);
        RecordingNotifier notifier = new RecordingNotifier();
        try (FreshDatabase database = FreshDatabase.create("a1_");
             PostgresDatabase first = PostgresDatabase.open(database.url(), database.user(), database.password());
             PostgresDatabase second = PostgresDatabase.open(database.url(), database.user(), database.password())) {
            Traffic.organization(first, T.minusSeconds(3_600));
            first.alertRules().add(Traffic.errorRateRule(T.minusSeconds(3_600)));
            AlertEvaluator nodeA = EvaluatingNode.on(first, clock, notifier);
            AlertEvaluator nodeB = EvaluatingNode.on(second, clock, notifier);

            Traffic.calls(first, T.minusSeconds(30), 100, 20);
            EvaluatingNode.together(nodeA, nodeB, T);
            assertThat(notifier.notices()).extracting(IncidentNotice::kind)
                    .containsExactly(IncidentNotice.Kind.TRIGGERED);

            // Four minutes later the errors are drowned: 20 of 10,100 calls (0.2%), under the clear threshold of 3%.
            Traffic.calls(first, T.plusSeconds(200), 10_000, 0);
            EvaluatingNode.together(nodeA, nodeB, T.plusSeconds(240));
            EvaluatingNode.together(nodeA, nodeB, T.plusSeconds(300));
            List<IncidentNotice> notices = notifier.notices();
            assertThat(notices).extracting(IncidentNotice::kind)
                    .containsExactly(IncidentNotice.Kind.TRIGGERED, IncidentNotice.Kind.RESOLVED);
            assertThat(notices.get(1).incident().id()).isEqualTo(notices.get(0).incident().id());
            List<Incident> all = first.incidents().page(IncidentFilter.ALL, PageRequest.first(10)).items();
            assertThat(all).singleElement().satisfies(incident -> {
                assertThat(incident.state()).isEqualTo(IncidentState.RESOLVED);
                assertThat(incident.history()).extracting(step -> step.kind())
                        .containsExactly(IncidentState.TRIGGERED, IncidentState.RESOLVED);
            });

            // A new breach in a later quarter hour opens a new incident, with a new id.
            Traffic.calls(first, T.plusSeconds(19 * 60), 100, 50);
            EvaluatingNode.together(nodeA, nodeB, T.plusSeconds(20 * 60));
            assertThat(notifier.notices()).extracting(IncidentNotice::kind).containsExactly(
                    IncidentNotice.Kind.TRIGGERED, IncidentNotice.Kind.RESOLVED, IncidentNotice.Kind.TRIGGERED);
            assertThat(notifier.notices().get(2).incident().id()).isNotEqualTo(notices.get(0).incident().id());
            assertThat(first.incidents().page(IncidentFilter.ALL, PageRequest.first(10)).items()).hasSize(2);
        }
    }
}
