package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Optional;

/**
 * Alert rules through the API. Admins manage every rule, system rules included; owners their own organization's;
 * viewers read their own organization's; service tokens none. Another organization's rule is reported missing.
 */
public interface ManageAlertRulesUseCase {

    /** The new rule, whose signing secret the caller shows this once. */
    AlertRule create(CreateAlertRuleCommand command);

    /**
     * One page of rules ordered by id: of {@code organization}, or, left empty, every rule for an admin and the
     * principal's own organization's for an owner or viewer.
     */
    Page<AlertRule> list(Principal principal, Optional<OrganizationId> organization, PageRequest page);

    AlertRule get(Principal principal, AlertRuleId id);

    AlertRule update(UpdateAlertRuleCommand command);

    void delete(Principal principal, AlertRuleId id);
}
