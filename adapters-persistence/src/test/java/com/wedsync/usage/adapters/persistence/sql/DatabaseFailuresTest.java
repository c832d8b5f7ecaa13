package com.wedsync.usage.adapters.persistence.sql;

import com.wedsync.usage.application.StoreUnavailableException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTest {

    @Test
    void aPoolThatGaveUpWaitingForAConnectionMeansTheStoreIsUnavailable() {
        SQLTransientConnectionException timedOut = new SQLTransientConnectionException(
                "usage-postgres - Connection is not available, request timed out after 5000ms.");

        assertThat(DatabaseFailures.failure("query failed", timedOut))
                .isInstanceOf(StoreUnavailableException.class).hasMessage("query failed").hasCause(timedOut);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08003", "08006", "57P01", "57P02", "57P03"})
    void aLostConnectionOrAServerGoingDownOrNotYetUpMeansTheStoreIsUnavailable(String sqlState) {
        SQLException lost = new SQLException("the connection went away", sqlState);

        assertThat(DatabaseFailures.failure("the database transaction failed", lost))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void theCauseIsFoundWhereverItIsInTheChainOrAmongABatchsNextExceptions() {
        SQLException batch = new SQLException("batch entry 3 failed", "22000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        RuntimeException wrapped = new PersistenceException("update failed",
                new IllegalStateException("DbClient failed", new SQLException("no connection", "08001")));

        assertThat(DatabaseFailures.isUnreachable(batch)).isTrue();
        assertThat(DatabaseFailures.isUnreachable(wrapped)).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new StoreUnavailableException("down", null))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23514", "40001", "42P01", "53100"})
    void aStatementTheDatabaseRefusedOrFailedIsAFaultNotAnOutage(String sqlState) {
        SQLException refused = new SQLException("the database said no", sqlState);

        assertThat(DatabaseFailures.failure("update failed", refused))
                .isExactlyInstanceOf(PersistenceException.class).hasCause(refused);
    }

    @Test
    void aFailureWithoutAnSqlStateIsAFault() {
        assertThat(DatabaseFailures.failure("query failed", new SQLException("odd")))
                .isExactlyInstanceOf(PersistenceException.class);
        assertThat(DatabaseFailures.failure("query failed", null)).isExactlyInstanceOf(PersistenceException.class);
    }
}
