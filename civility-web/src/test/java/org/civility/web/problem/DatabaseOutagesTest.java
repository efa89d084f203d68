package org.civility.web.problem;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutagesTest {

    @Test
    void aConnectionFailureDeepInTheCausesIsAnOutage() {
        SQLException refused = new SQLException("Connection to 10.0.0.5:5432 refused", "08001",
                new ConnectException("Connection refused"));
        assertThat(DatabaseOutages.isOutage(new RuntimeException(new PersistenceException(refused)))).isTrue();
    }

    @Test
    void theJdbcConnectionTypesAreOutagesWhateverTheirState() {
        assertThat(DatabaseOutages.isOutage(new SQLTransientConnectionException("gone"))).isTrue();
    }

    @Test
    void aSocketFailureUnderAnSqlExceptionIsAnOutage() {
        assertThat(DatabaseOutages.isOutage(new SQLException("I/O error", null, new EOFException()))).isTrue();
    }

    @Test
    void aChainedSqlExceptionIsLookedAt() {
        SQLException batch = new SQLException("batch failed", "HY000");
        batch.setNextException(new SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseOutages.isOutage(batch)).isTrue();
    }

    @Test
    void aPoolThatCouldNotAllocateAConnectionIsAnOutage() {
        assertThat(DatabaseOutages.isOutage(new RuntimeException(
                new jakarta.resource.ResourceException("Error in allocating a connection")))).isTrue();
    }

    @Test
    void aCommitThatCouldNotReachItsResourceIsAnOutage() {
        var commit = new jakarta.transaction.SystemException();
        commit.initCause(new javax.transaction.xa.XAException("LocalTransactionException: (conn=16) Socket error"));
        assertThat(DatabaseOutages.isOutage(new jakarta.transaction.TransactionalException(
                "encountered exception during commit", commit))).isTrue();
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertThat(DatabaseOutages.isOutage(new SQLIntegrityConstraintViolationException("dup", "23505"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new ConnectException("not a database"))).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseOutages.isOutage(a)).isFalse();
    }
}
