package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.List;
import java.util.Optional;

/** The alert rules of organizations and of the system: managed through the API, read by the evaluator. */
public interface AlertRules {

    void add(AlertRule rule);

    /** Replaces the rule of the same id; false when there is none. */
    boolean update(AlertRule rule);

    Optional<AlertRule> find(AlertRuleId id);

    /**
     * Every rule, or only the organization's, ordered by id; the cursor is the last id of the previous page.
     */
    Page<AlertRule> list(Optional<OrganizationId> organization, PageRequest page);

    /** False when there was no such rule. */
    boolean delete(AlertRuleId id);

    /** Every rule of every scope, for the evaluator: rules are few (a handful per organization). */
    List<AlertRule> all();

    /** The organization's rules made from its usage alert thresholds (source usage-analytics), by id. */
    List<AlertRule> usageThresholds(OrganizationId organization);

    /**
     * Replaces the organization's usage-threshold rules with {@code rules} in one transaction: afterwards the
     * organization's rules of source usage-analytics are exactly these, and its other rules are untouched.
     * Concurrent replacements of one organization's thresholds take effect one after the other, never mixed.
     * False, and nothing changed, when the organization does not exist (it was erased meanwhile).
     *
     * @param rules rules of source usage-analytics in the organization's scope; a rule may keep the id of one it
     *              replaces
     */
    boolean replaceUsageThresholds(OrganizationId organization, List<AlertRule> rules);
}
