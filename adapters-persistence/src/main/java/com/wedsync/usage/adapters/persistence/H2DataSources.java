package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.sql.PersistenceException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * HikariCP pools over H2, in PostgreSQL mode so that the same SQL runs on both, with PostgreSQL's lower-case
 * names and NULLs sorted last.
 * <p>
 * Durability: {@code WRITE_DELAY=0} sets H2's MVStore auto-commit delay to 0, and with it H2 2.3 writes the
 * store (MVStore.commit) at the end of every transaction that changed something, before commit returns
 * (read in TransactionStore.endTransaction of 2.3.232). A committed transaction is then in the file, through
 * the operating system's cache: it survives a crash or kill -9 of this process. H2 does not fsync on commit
 * (its documentation says it does not guarantee that committed transactions survive a power failure), so a
 * crash of the machine itself may lose the last commits; PostgreSQL is the store for that guarantee.
 */
final class H2DataSources {

    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int POOL_SIZE = 8;
    private static final long CONNECTION_TIMEOUT_MS = 5_000;

    private H2DataSources() {
    }

    /** The database {@code usage} in the directory (created if missing); one process at a time may open it. */
    static HikariDataSource file(Path dataDir) {
        String directory = dataDir.toAbsolutePath().normalize().toString();
        if (directory.contains(";")) {
            throw new IllegalArgumentException("'dataDir' must not contain ';', was " + directory);
        }
        return pool("jdbc:h2:file:" + directory + "/usage" + SETTINGS + ";WRITE_DELAY=0", "usage-h2-file");
    }

    /** A database in memory that lives until {@code SHUTDOWN}, whatever the pool does with its connections. */
    static HikariDataSource memory(String name) {
        if (!MEMORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'name' must be 1 to 64 letters, digits, '_' or '-', was " + name);
        }
        return pool("jdbc:h2:mem:" + name + SETTINGS + ";DB_CLOSE_DELAY=-1", "usage-h2-" + name);
    }

    private static HikariDataSource pool(String url, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setPoolName(name);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new PersistenceException("cannot open the embedded database " + url, e);
        }
    }
}
