package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.Silence;
import com.wedsync.usage.domain.alerting.SilenceId;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.util.Optional;

/** The silences of rules and organizations: managed through the API, asked by the notifier before each notice. */
public interface Silences {

    void add(Silence silence);

    /** Replaces the silence of the same id (to end it); false when there is none. */
    boolean update(Silence silence);

    Optional<Silence> find(SilenceId id);

    /**
     * Every silence, or only the organization's, ordered by id, and with {@code activeAt} only those that mute at
     * that instant; the cursor is the last id of the previous page.
     */
    Page<Silence> list(Optional<OrganizationId> organization, Optional<Instant> activeAt, PageRequest page);

    /** Whether a silence of the rule, or of the rule's organization, mutes it at {@code at}. */
    boolean isSilenced(AlertRule rule, Instant at);
}
