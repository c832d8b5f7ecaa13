package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.alerting.Silence;
import com.wedsync.usage.domain.alerting.SilenceId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Optional;

/**
 * Silences through the API, with the access of alert rules: admins manage every silence; owners those of their own
 * organization and of its rules; viewers read them; service tokens none. Another organization's silence, or a
 * silence of a system rule for anyone but an admin, is reported missing.
 */
public interface ManageSilencesUseCase {

    Silence create(CreateSilenceCommand command);

    /**
     * One page of silences ordered by id: of {@code organization}, or, left empty, every silence for an admin and
     * the principal's own organization's for an owner or viewer; with {@code activeOnly} only those muting now.
     */
    Page<Silence> list(Principal principal, Optional<OrganizationId> organization, boolean activeOnly,
                       PageRequest page);

    Silence get(Principal principal, SilenceId id);

    /** Ends the silence now (its end moves to now, and it is kept); the silence as it now stands. */
    Silence end(Principal principal, SilenceId id);
}
