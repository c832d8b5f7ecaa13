package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules one evaluation steps: every stored rule, the built-in health rule, and the built-in denials rule of
 * each organization denied often enough in its window or still in that rule's pending or firing state (so that it
 * can clear once the denials stop).
 */
final class RuleBook {

    private final AlertRules rules;
    private final DecisionTallies decisions;

    RuleBook(AlertRules rules, DecisionTallies decisions) {
        this.rules = rules;
        this.decisions = decisions;
    }

    /**
     * The rules to evaluate at {@code now}; {@code stillWatched} are the organizations whose built-in denials rule
     * is pending or firing (or whose incident of it is open), watched whatever their denials now.
     */
    List<AlertRule> at(Instant now, Collection<OrganizationId> stillWatched) {
        List<AlertRule> book = new ArrayList<>(rules.all());
        book.add(BuiltInRules.degradedComponent());
        Set<OrganizationId> watched = new LinkedHashSet<>(decisions.organizationsDenied(
                RollupKind.quarterHourStart(now.minus(BuiltInRules.DENIALS_WINDOW)), now,
                BuiltInRules.DENIALS_TO_WATCH));
        watched.addAll(stillWatched);
        watched.forEach(organization -> book.add(BuiltInRules.mostlyDenied(organization)));
        return book;
    }
}
