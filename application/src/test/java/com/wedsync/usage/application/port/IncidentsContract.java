package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.incident.Acknowledged;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.incident.Resolved;
import com.wedsync.usage.domain.incident.Triggered;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What every {@link Incidents} store promises: an incident is found with its whole history; at most one incident
 * is open per fingerprint, however many callers open it at once; a step is stored only onto the state it was taken
 * from, so that callers acting at once store one step per state; lists are newest first, filtered, and walked
 * with a cursor that skips nothing.
 */
public abstract class IncidentsContract {

    protected static final OrganizationId ACME = new OrganizationId("acme");
    protected static final AlertRuleId ERRORS = new AlertRuleId("rule_errors");
    protected static final Instant NINE = Instant.parse("2025-03-01T09:00:00Z");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final int THREADS = 16;
    private static final int ATTEMPTS = 5;

    protected Incidents incidents;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract Incidents newIncidents();

    @BeforeEach
    void createStore() {
        incidents = newIncidents();
    }

    @Test
    void anOpenedIncidentIsFoundByIdAndAsTheOpenOneOfItsFingerprint() {
        Triggered incident = ruleIncident(ACME, NINE);

        assertThat(incidents.open(incident)).isEqualTo(new IncidentOpening.Opened(incident));

        assertThat(incidents.find(incident.id())).contains(incident);
        assertThat(incidents.findOpen(incident.fingerprint())).contains(incident);
        assertThat(incidents.find(new IncidentId("inc_missing"))).isEmpty();
    }

    @Test
    void openingAFingerprintThatIsOpenAnswersTheOpenIncidentAndStoresNothing() {
        Triggered first = ruleIncident(ACME, NINE);
        Triggered second = ruleIncident(ACME, NINE.plusSeconds(60));
        incidents.open(first);

        assertThat(incidents.open(second)).isEqualTo(new IncidentOpening.AlreadyOpen(first));
        assertThat(incidents.find(second.id())).isEmpty();
    }

    @Test
    void anAcknowledgedIncidentIsStillOpen() {
        Triggered first = ruleIncident(ACME, NINE);
        incidents.open(first);
        Acknowledged acknowledged = first.acknowledge("alice", NINE.plusSeconds(30), Optional.of("on it"));

        assertThat(incidents.transition(acknowledged)).isEqualTo(new IncidentTransition.Applied(acknowledged));

        assertThat(incidents.open(ruleIncident(ACME, NINE.plusSeconds(60))))
                .isEqualTo(new IncidentOpening.AlreadyOpen(acknowledged));
    }

    @Test
    void afterItsIncidentIsResolvedAFingerprintOpensANewIncidentWithANewId() {
        Triggered first = ruleIncident(ACME, NINE);
        incidents.open(first);
        Incident resolved = first.resolve(IncidentStep.EVALUATOR, NINE.plusSeconds(300), Optional.empty());
        incidents.transition(resolved);
        Triggered second = ruleIncident(ACME, NINE.plusSeconds(600));

        assertThat(incidents.open(second)).isEqualTo(new IncidentOpening.Opened(second));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(incidents.find(first.id())).contains(resolved);
        assertThat(incidents.findOpen(first.fingerprint())).contains(second);
    }

    @Test
    void differentScopesOfOneRuleAreDifferentFingerprints() {
        Triggered acme = ruleIncident(ACME, NINE);
        Triggered system = incident(IncidentFacts.forRule(nextId(), ERRORS, AlertScope.system(), Severity.WARNING,
                "Errors everywhere", Optional.empty()), NINE);

        assertThat(incidents.open(acme)).isInstanceOf(IncidentOpening.Opened.class);
        assertThat(incidents.open(system)).isInstanceOf(IncidentOpening.Opened.class);
    }

    @Test
    void aStepFromAStateTheIncidentHasLeftIsNotStoredAndTheAnswerSaysWhereItIs() {
        Triggered incident = ruleIncident(ACME, NINE);
        incidents.open(incident);
        Acknowledged acknowledged = incident.acknowledge("alice", NINE.plusSeconds(30), Optional.empty());
        incidents.transition(acknowledged);

        IncidentTransition late = incidents.transition(incident.resolve("bob", NINE.plusSeconds(40), Optional.empty()));

        assertThat(late).isEqualTo(new IncidentTransition.Superseded(acknowledged));
        assertThat(incidents.find(incident.id())).contains(acknowledged);
        assertThat(incidents.transition(incident.acknowledge("carol", NINE.plusSeconds(50), Optional.empty())))
                .isEqualTo(new IncidentTransition.Superseded(acknowledged));
    }

    @Test
    void aStepOfAnIncidentTheStoreDoesNotHaveIsMissing() {
        Triggered unknown = ruleIncident(ACME, NINE);

        assertThat(incidents.transition(unknown.resolve("bob", NINE, Optional.empty())))
                .isEqualTo(new IncidentTransition.Missing());
        assertThatIllegalArgumentException().isThrownBy(() -> incidents.transition(unknown));
    }

    @Test
    void aManualIncidentWithItsTextsAndCommentsIsKeptAsWritten() {
        IncidentId id = nextId();
        Triggered manual = incident(IncidentFacts.manual(id, AlertScope.system(), Severity.INFO,
                "Wartung — Datenbank «primär»", Optional.of("line one\nline two\ttabbed")), NINE);
        incidents.open(manual);
        Acknowledged acknowledged = manual.acknowledge("tok_Ops1", NINE.plusMillis(1),
                Optional.of("ack ✓\nsecond line"));
        Resolved resolved = acknowledged.resolve("tok_Ops1", NINE.plusMillis(2),
                Optional.of("x".repeat(IncidentStep.MAX_COMMENT_LENGTH)));

        incidents.transition(acknowledged);
        incidents.transition(resolved);

        assertThat(incidents.find(id)).contains(resolved);
        assertThat(incidents.findOpen(manual.fingerprint())).isEmpty();
    }

    @Test
    void instantsAreKeptToTheMicrosecond() {
        Triggered precise = ruleIncident(ACME, NINE.plusNanos(123_456_789));

        Incident opened = incidents.open(precise).incident();

        assertThat(opened.triggeredAt()).isEqualTo(NINE.plusNanos(123_456_000));
        assertThat(incidents.find(precise.id())).contains(opened);
    }

    protected static Triggered ruleIncident(OrganizationId organization, Instant at) {
        return incident(IncidentFacts.forRule(nextId(), ERRORS, AlertScope.of(organization), Severity.CRITICAL,
                "Error rate above 5%", Optional.of("error_rate 0.12 > 0.05 over 5m")), at);
    }

    protected static Triggered incident(IncidentFacts facts, Instant at) {
        return Incident.trigger(facts, IncidentStep.EVALUATOR, at, Optional.empty());
    }

    protected static IncidentId nextId() {
        return new IncidentId("inc_c" + IDS.incrementAndGet());
    }
    @Test
    void sixteenNodesOpeningOneFingerprintAtOnceOpenOneIncidentAndAreAllAnsweredWithIt() throws Exception {
        List<IncidentOpening> answers = fromManyThreads(attempt -> incidents.open(ruleIncident(ACME,
                NINE.plusMillis(attempt))));

        List<IncidentOpening> opened = answers.stream().filter(IncidentOpening.Opened.class::isInstance).toList();
        assertThat(opened).hasSize(1);
        IncidentId id = opened.getFirst().incident().id();
        assertThat(answers).extracting(answer -> answer.incident().id()).containsOnly(id);
        assertThat(openIncidents()).extracting(Incident::id).containsExactly(id);

        Incident first = opened.getFirst().incident();
        incidents.transition(((Triggered) first).resolve("alice", NINE.plusSeconds(60), Optional.empty()));
        List<IncidentOpening> again = fromManyThreads(attempt -> incidents.open(ruleIncident(ACME,
                NINE.plusSeconds(120).plusMillis(attempt))));

        List<IncidentOpening> reopened = again.stream().filter(IncidentOpening.Opened.class::isInstance).toList();
        assertThat(reopened).hasSize(1);
        IncidentId second = reopened.getFirst().incident().id();
        assertThat(second).isNotEqualTo(id);
        assertThat(again).extracting(answer -> answer.incident().id()).containsOnly(second);
        assertThat(openIncidents()).extracting(Incident::id).containsExactly(second);
    }

    @Test
    void peopleActingAtOnceOnOneIncidentStoreOneStepPerStateAndNoneTwice() throws Exception {
        Triggered incident = ruleIncident(ACME, NINE);
        incidents.open(incident);

        List<IncidentTransition> firstRound = fromManyThreads(attempt -> incidents.transition(attempt % 2 == 0
                ? incident.acknowledge("acknowledger-" + attempt, NINE.plusSeconds(10), Optional.of("mine"))
                : incident.resolve("resolver-" + attempt, NINE.plusSeconds(10), Optional.empty())));

        Incident afterFirst = onlyApplied(firstRound);
        assertThat(firstRound).filteredOn(IncidentTransition.Superseded.class::isInstance)
                .containsOnly(new IncidentTransition.Superseded(afterFirst)).hasSize(firstRound.size() - 1);
        if (afterFirst instanceof Acknowledged acknowledged) {
            List<IncidentTransition> secondRound = fromManyThreads(attempt -> incidents.transition(
                    acknowledged.resolve("resolver-" + attempt, NINE.plusSeconds(20), Optional.empty())));
            afterFirst = onlyApplied(secondRound);
        }
        Incident stored = incidents.find(incident.id()).orElseThrow();
        assertThat(stored).isEqualTo(afterFirst);
        assertThat(stored.state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(stored.history()).extracting(IncidentStep::kind).doesNotHaveDuplicates();
        assertThat(incidents.findOpen(incident.fingerprint())).isEmpty();
    }

    @Test
    void listsAreNewestFirstAndAWalkThroughThePagesMeetsEveryIncidentOnce() {
        List<Incident> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stored.add(opened(manual(ACME, Severity.WARNING), NINE.plusSeconds(60L * (i % 5))));
        }
        List<Incident> walked = new ArrayList<>();
        Page<Incident> page = incidents.page(IncidentFilter.ALL, PageRequest.first(3));
        walked.addAll(page.items());
        Incident newer = opened(manual(ACME, Severity.WARNING), NINE.plusSeconds(3600));
        while (page.nextCursor().isPresent()) {
            page = incidents.page(IncidentFilter.ALL, new PageRequest(3, page.nextCursor()));
            walked.addAll(page.items());
        }

        assertThat(walked).doesNotContain(newer).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(walked).extracting(Incident::triggeredAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(incidents.page(IncidentFilter.ALL, PageRequest.first(1)).items()).containsExactly(newer);
        assertThat(incidents.page(IncidentFilter.ALL, PageRequest.first(8)).nextCursor()).isEmpty();
    }

    @Test
    void listsFilterByStateOrganizationSeverityAndRule() {
        OrganizationId globex = new OrganizationId("globex");
        Triggered acmeRule = opened(ruleIncident(ACME, NINE), NINE);
        Triggered globexRule = opened(ruleIncident(globex, NINE), NINE.plusSeconds(1));
        Triggered system = opened(manual(null, Severity.INFO), NINE.plusSeconds(2));
        Incident acknowledged = ((IncidentTransition.Applied) incidents.transition(
                globexRule.acknowledge("alice", NINE.plusSeconds(5), Optional.empty()))).incident();

        assertThat(list(new IncidentFilter(Optional.of(IncidentState.ACKNOWLEDGED), Optional.empty(),
                Optional.empty(), Optional.empty()))).containsExactly(acknowledged);
        assertThat(list(IncidentFilter.ALL.withOrganization(ACME))).containsExactly(acmeRule);
        assertThat(list(new IncidentFilter(Optional.empty(), Optional.empty(), Optional.of(Severity.INFO),
                Optional.empty()))).containsExactly(system);
        assertThat(list(new IncidentFilter(Optional.of(IncidentState.TRIGGERED), Optional.empty(), Optional.empty(),
                Optional.of(ERRORS)))).containsExactly(acmeRule);
        assertThat(list(IncidentFilter.ALL)).containsExactly(system, acknowledged, acmeRule);
    }

    @Test
    void aCursorThisListDidNotHandOutIsRefused() {
        for (String cursor : List.of("garbage", "123", "1.key_abc", "99999999999999999.inc_a", "-1.inc_a")) {
            assertThatIllegalArgumentException().as(cursor).isThrownBy(() -> incidents.page(IncidentFilter.ALL,
                    new PageRequest(10, Optional.of(cursor)))).withMessageStartingWith("'cursor'");
        }
    }

    private Triggered opened(Triggered incident, Instant at) {
        Triggered dated = incident(incident.facts(), at);
        assertThat(incidents.open(dated)).isInstanceOf(IncidentOpening.Opened.class);
        return dated;
    }

    private static Triggered manual(OrganizationId organization, Severity severity) {
        IncidentId id = nextId();
        AlertScope scope = organization == null ? AlertScope.system() : AlertScope.of(organization);
        return incident(IncidentFacts.manual(id, scope, severity, "Manual " + id, Optional.empty()), NINE);
    }

    private List<Incident> list(IncidentFilter filter) {
        return incidents.page(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    private List<Incident> openIncidents() {
        List<Incident> open = new ArrayList<>(list(new IncidentFilter(Optional.of(IncidentState.TRIGGERED),
                Optional.empty(), Optional.empty(), Optional.empty())));
        open.addAll(list(new IncidentFilter(Optional.of(IncidentState.ACKNOWLEDGED), Optional.empty(),
                Optional.empty(), Optional.empty())));
        return open;
    }

    private static Incident onlyApplied(List<IncidentTransition> answers) {
        List<IncidentTransition> applied = answers.stream()
                .filter(IncidentTransition.Applied.class::isInstance).toList();
        assertThat(applied).hasSize(1);
        return ((IncidentTransition.Applied) applied.getFirst()).incident();
    }

    /** {@value #THREADS} threads, released together, each making {@value #ATTEMPTS} calls; every answer. */
    private static <T> List<T> fromManyThreads(IntFunction<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<T>>> runs = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int first = thread * ATTEMPTS;
                runs.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<T> answers = new ArrayList<>();
                    for (int attempt = first; attempt < first + ATTEMPTS; attempt++) {
                        answers.add(call.apply(attempt));
                    }
                    return answers;
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<List<T>> run : runs) {
                answers.addAll(run.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
