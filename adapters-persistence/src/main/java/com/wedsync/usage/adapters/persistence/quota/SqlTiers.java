package com.wedsync.usage.adapters.persistence.quota;

import com.wedsync.usage.adapters.persistence.sql.Numbers;
import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.quota.TierName;

import io.helidon.dbclient.DbRow;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Tiers in the {@code tier} table; an unlimited limit is a NULL column. Saving is an update, else an insert
 * that yields to a concurrent one, else the update again: H2 has no {@code ON CONFLICT … DO UPDATE}.
 */
public final class SqlTiers implements Tiers {

    private static final String COLUMNS = "name, limit_daily, limit_minute, limit_burst, retention_days, failure_mode";
    private static final String UPDATE = "UPDATE tier SET limit_daily = ?, limit_minute = ?, limit_burst = ?,"
            + " retention_days = ?, failure_mode = ? WHERE name = ?";
    private static final String INSERT_IF_ABSENT = "INSERT INTO tier (limit_daily, limit_minute, limit_burst,"
            + " retention_days, failure_mode, name) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final Statements sql;

    public SqlTiers(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    /** Stores {@link DefaultTiers} when the table is empty, so that the defaults are defined once, in the domain. */
    public void seedDefaultsIfEmpty() {
        long stored = sql.one("SELECT COUNT(*) AS tiers FROM tier").map(row -> Numbers.longOf(row, "tiers")).orElse(0L);
        if (stored == 0) {
            sql.inTransaction(tx -> DefaultTiers.all().forEach(tier -> tx.dml(INSERT_IF_ABSENT, values(tier))));
        }
    }

    @Override
    public Optional<Tier> find(TierName name) {
        return sql.one("SELECT " + COLUMNS + " FROM tier WHERE name = ?", name.value()).map(SqlTiers::tier);
    }

    @Override
    public List<Tier> all() {
        return sql.list(SqlTiers::tier, "SELECT " + COLUMNS + " FROM tier ORDER BY name");
    }

    @Override
    public void save(Tier tier) {
        Object[] values = values(tier);
        sql.inTransaction(tx -> {
            if (tx.dml(UPDATE, values) == 0 && tx.dml(INSERT_IF_ABSENT, values) == 0) {
                tx.dml(UPDATE, values);
            }
        });
    }

    /** The parameters of {@link #UPDATE} and {@link #INSERT_IF_ABSENT}, which list the columns in the same order. */
    private static Object[] values(Tier tier) {
        LimitSet limits = tier.limits();
        return new Object[] {limit(limits, LimitName.DAILY), limit(limits, LimitName.MINUTE),
                limit(limits, LimitName.BURST), tier.retentionDays(), tier.failureMode().name(), tier.name().value()};
    }

    private static Long limit(LimitSet limits, LimitName name) {
        return limits.isUnlimited(name) ? null : limits.limit(name).getAsLong();
    }

    private static Tier tier(DbRow row) {
        LimitSet limits = LimitSet.of(Numbers.nullableLongOf(row, "limit_daily"),
                Numbers.nullableLongOf(row, "limit_minute"), Numbers.nullableLongOf(row, "limit_burst"));
        return new Tier(new TierName(row.column("name").getString()), limits,
                (int) Numbers.longOf(row, "retention_days"),
                FailureMode.valueOf(row.column("failure_mode").getString()));
    }
}
