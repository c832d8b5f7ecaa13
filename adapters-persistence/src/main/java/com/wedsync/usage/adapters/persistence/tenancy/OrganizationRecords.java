package com.wedsync.usage.adapters.persistence.tenancy;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.List;
import javax.sql.DataSource;

/**
 * The rows an organization owns outside the usage log: the organization itself, its API keys, its management
 * tokens, its decision tallies, its incidents with their steps, its alert rules, its silences and its webhook
 * deliveries. Erasing them is one transaction, so that an erasure is never seen half done (the usage log, which
 * may be large, is erased apart, in batches).
 */
public final class OrganizationRecords {

    private static final List<String> ERASURES = List.of(
            "DELETE FROM api_key WHERE organization_id = ?",
            "DELETE FROM management_token WHERE organization_id = ?",
            "DELETE FROM decision_tally WHERE organization_id = ?",
            "DELETE FROM incident_step WHERE incident_id IN (SELECT id FROM incident WHERE organization_id = ?)",
            "DELETE FROM incident WHERE organization_id = ?",
            "DELETE FROM alert_rule WHERE organization_id = ?",
            "DELETE FROM silence WHERE organization_id = ?",
            "DELETE FROM webhook_delivery WHERE organization_id = ?",
            "DELETE FROM organization WHERE id = ?");

    private final Statements sql;

    public OrganizationRecords(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    /** Deletes the organization and what it owns outside the usage log; nothing happens for an unknown id. */
    public void erase(OrganizationId organization) {
        sql.inTransaction(tx -> ERASURES.forEach(erasure -> tx.dml(erasure, organization.value())));
    }
}
