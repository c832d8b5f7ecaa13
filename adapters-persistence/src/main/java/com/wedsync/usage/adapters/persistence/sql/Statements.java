package com.wedsync.usage.adapters.persistence.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Ordinary statements through Helidon's DbClient, with its failures turned into {@link PersistenceException} or,
 * when the database cannot be reached, StoreUnavailableException ({@link DatabaseFailures}).
 * helidon-dbclient-hikari is not available, so instead of letting Helidon build a pool from configuration,
 * {@link JdbcClientBuilder#connectionPool} receives a pool that borrows every connection from the caller's
 * {@link DataSource} (HikariCP). DbClient hands each connection back when its statement is done; the pool itself
 * is never Helidon's to close.
 */
public final class Statements {

    private final DbClient client;

    public Statements(DataSource dataSource) {
        this.client = JdbcClientBuilder.create().connectionPool(new BorrowingPool(dataSource)).build();
    }

    public Optional<DbRow> one(String sql, Object... parameters) {
        try {
            return client.execute().get(sql, parameters);
        } catch (DbClientException e) {
            throw DatabaseFailures.failure("query failed", e);
        }
    }

    public <T> List<T> list(Function<DbRow, T> mapper, String sql, Object... parameters) {
        try (Stream<DbRow> rows = client.execute().query(sql, parameters)) {
            return rows.map(mapper).toList();
        } catch (DbClientException e) {
            throw DatabaseFailures.failure("query failed", e);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
    public long change(String sql, Object... parameters) {
        try {
            return client.execute().dml(sql, parameters);
        } catch (DbClientException e) {
            throw DatabaseFailures.failure("update failed", e);
        }
    }

    /** Runs the statements of {@code work} in one transaction, committed when it returns, rolled back if it throws. */
    public void inTransaction(Consumer<DbExecute> work) {
        DbTransaction transaction = client.transaction();
        try {
            work.accept(transaction);
            transaction.commit();
        } catch (RuntimeException e) {
            rollBack(transaction);
            throw e instanceof DbClientException ? DatabaseFailures.failure("transaction failed", e) : e;
        }
    }

    /** A statement that failed has already rolled the transaction back, and a second rollback would throw. */
    private static void rollBack(DbTransaction transaction) {
        try {
            transaction.rollback();
        } catch (DbClientException alreadyEnded) {
            // Nothing left to undo.
        }
    }

    private record BorrowingPool(DataSource dataSource) implements JdbcConnectionPool {
        @Override
        public Connection connection() {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw DatabaseFailures.failure("no database connection available", e);
            }
        }
    }
}
