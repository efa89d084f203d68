package org.civility.web.problem;

import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedExceptionMapperTest {

    @Test
    void tellsACommitRolledBackByTheTransactionManagerFromOtherFailures() {
        assertThat(UnexpectedExceptionMapper.rolledBackAtCommit(
                new TransactionalException("commit failed", new RollbackException("rolled back")))).isTrue();
        assertThat(UnexpectedExceptionMapper.rolledBackAtCommit(
                new TransactionalException("begin failed", new IllegalStateException("no transaction")))).isFalse();
        assertThat(UnexpectedExceptionMapper.rolledBackAtCommit(new NullPointerException())).isFalse();
    }
}
