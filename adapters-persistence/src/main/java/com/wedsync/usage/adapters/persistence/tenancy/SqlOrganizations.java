package com.wedsync.usage.adapters.persistence.tenancy;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.Optional;
import javax.sql.DataSource;

/** Organizations in the {@code organization} table (layout in {@link OrganizationRow}). */
public final class SqlOrganizations implements Organizations {

    private static final String SELECT = "SELECT " + OrganizationRow.COLUMNS + " FROM organization";
    /** The primary key is the only unique constraint, so a conflict can only be a taken id. */
    private static final String INSERT = "INSERT INTO organization (" + OrganizationRow.COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE organization SET name = ?, tier = ?, time_zone = ?,"
            + " override_daily = ?, override_daily_unlimited = ?, override_minute = ?, override_minute_unlimited = ?,"
            + " override_burst = ?, override_burst_unlimited = ?, created_at = ? WHERE id = ?";

    private final Statements sql;

    public SqlOrganizations(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    @Override
    public boolean add(Organization organization) {
        return sql.change(INSERT, OrganizationRow.values(organization)) == 1;
    }

    @Override
    public boolean update(Organization organization) {
        return sql.change(UPDATE, OrganizationRow.values(organization)) == 1;
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return sql.one(SELECT + " WHERE id = ?", id.value()).map(OrganizationRow::organization);
    }

    @Override
    public Page<Organization> list(PageRequest page) {
        return KeysetPage.of(sql.list(OrganizationRow::organization, SELECT + KeysetPage.clauses(page),
                KeysetPage.parameters(page)), page, organization -> organization.id().value());
    }
}
