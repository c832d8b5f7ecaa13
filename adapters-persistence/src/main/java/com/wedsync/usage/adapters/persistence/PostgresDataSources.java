package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.sql.PersistenceException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The HikariCP pool over PostgreSQL. Batched statements are not rewritten into multi-row inserts
 * ({@code reWriteBatchedInserts} stays off): the SQL ports read the row count of every batched statement.
 */
final class PostgresDataSources {

    private static final String URL_PREFIX = "jdbc:postgresql:";
    private static final int POOL_SIZE = 10;
    private static final long CONNECTION_TIMEOUT_MS = 5_000;

    private PostgresDataSources() {
    }

    static HikariDataSource pool(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("'jdbcUrl' must be a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host:port/database), was " + shown(jdbcUrl));
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("'user' must be present");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password == null ? "" : password);
        config.setPoolName("usage-postgres");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.addDataSourceProperty("ApplicationName", "wedsync-usage-monitor");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new PersistenceException("cannot connect to PostgreSQL at " + shown(jdbcUrl) + " as " + user, e);
        }
    }

    /** The URL without its query string, which may carry a password. */
    private static String shown(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "nothing";
        }
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }
}
