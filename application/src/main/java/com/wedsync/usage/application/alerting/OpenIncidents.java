package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.incident.Fingerprint;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules' incidents that were open when this node began evaluating, read once, at the first evaluation: a rule
 * seen for the first time starts firing if its incident is open, and each is taken once ({@link #take}), so that
 * a rule that later goes quiet and comes back starts inactive like any other.
 */
final class OpenIncidents {

    private final Incidents incidents;
    private Map<Fingerprint, Incident> open;

    OpenIncidents(Incidents incidents) {
        this.incidents = incidents;
    }

    /** Whether the fingerprint's incident was open at the start and not taken yet; takes it. */
    boolean take(Fingerprint fingerprint) {
        return loaded().remove(fingerprint) != null;
    }

    /** The organizations of the untaken open incidents of {@code rule}. */
    Set<OrganizationId> organizationsOf(AlertRuleId rule) {
        return loaded().values().stream().filter(incident -> incident.facts().ruleId().equals(Optional.of(rule)))
                .flatMap(incident -> incident.facts().scope().organizationId().stream()).collect(Collectors.toSet());
    }

    /**
     * Takes, once, the fingerprints of every untaken open incident opened for a rule: after the first evaluation,
     * those whose rule was not among the rules evaluated, so gone.
     */
    List<Fingerprint> takeRuleIncidents() {
        List<Fingerprint> left = loaded().values().stream().filter(incident -> incident.facts().ruleId().isPresent())
                .map(incident -> incident.facts().fingerprint()).toList();
        left.forEach(open::remove);
        return left;
    }

    private Map<Fingerprint, Incident> loaded() {
        if (open == null) {
            Map<Fingerprint, Incident> found = new HashMap<>();
            for (IncidentState state : new IncidentState[] {IncidentState.TRIGGERED, IncidentState.ACKNOWLEDGED}) {
                IncidentFilter filter = new IncidentFilter(Optional.of(state), Optional.empty(), Optional.empty(),
                        Optional.empty());
                Page<Incident> page = incidents.page(filter, PageRequest.first(PageRequest.MAX_LIMIT));
                page.items().forEach(incident -> found.put(incident.facts().fingerprint(), incident));
                while (page.nextCursor().isPresent()) {
                    page = incidents.page(filter, new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor()));
                    page.items().forEach(incident -> found.put(incident.facts().fingerprint(), incident));
                }
            }
            open = found;
        }
        return open;
    }
}
