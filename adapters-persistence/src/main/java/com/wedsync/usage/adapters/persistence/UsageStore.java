package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.rollup.RollupCheck;
import com.wedsync.usage.adapters.persistence.rollup.RollupCheckReport;
import com.wedsync.usage.application.health.IngestBacklog;
import com.wedsync.usage.application.health.RollupBacklog;
import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Silences;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.WebhookDeliveries;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.util.Optional;

/**
 * An open database behind the application's store ports, whichever it is: {@link EmbeddedDatabase} (H2, the
 * default) or {@link PostgresDatabase} (production). The composition root opens one, hands its ports to the use
 * cases, and closes it last. Opening either migrates the schema and seeds the default tiers into a new store.
 */
public interface UsageStore extends AutoCloseable {

    Organizations organizations();

    ApiKeys apiKeys();

    ManagementTokens managementTokens();

    Tiers tiers();

    UsageEventLog usageEventLog();

    UsageRollups usageRollups();

    DecisionTallies decisionTallies();

    Incidents incidents();

    AlertRules alertRules();

    Silences silences();

    /** The outbox of webhooks, shared by every node on this store. */
    WebhookDeliveries webhookDeliveries();

    /**
     * Checks every rollup from {@code since} (a UTC midnight within every organization's retention) on against the
     * raw events it covers; see {@link RollupCheck}.
     */
    RollupCheckReport checkRollups(Instant since);

    /** Whether the database answers a trivial query within a second. */
    boolean isHealthy();

    /** The usage events waiting to be written, when appends queue (PostgreSQL's group commit); empty when not. */
    default Optional<IngestBacklog> ingestBacklog() {
        return Optional.empty();
    }

    /**
     * The rollup changes waiting as delta rows for the background compaction, as last seen (reading it queries
     * nothing); none for a store whose appends write their cells directly.
     */
    default RollupBacklog rollupBacklog() {
        return RollupBacklog.none();
    }

    /**
     * Erases the organization and every row of it, everywhere: the organization, its API keys, its management
     * tokens, its decision tallies, its incidents, its alert rules, its silences, its webhook deliveries, its usage events and its rollups. Returns once
     * all are gone; erasing again, or erasing an unknown organization, is harmless. Events of the organization
     * appended while the erasure runs may survive it; the caller stops them first (the organization's keys are gone
     * after the first step) or erases again.
     */
    void eraseOrganization(OrganizationId organization);

    /** Finishes what is in flight (buffered tallies, queued appends) and releases the database; closing twice is harmless. */
    @Override
    void close();
}
