package org.civility.web.lecture;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.civility.core.memory.InMemoryMaterialStorage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeletesAfterCommitTest {

    private static final String KEY = "activity-records/u/a/p";

    private final InMemoryMaterialStorage files = new InMemoryMaterialStorage();
    private final Transactions transactions = new Transactions();
    private final DeletesAfterCommit storage = new DeletesAfterCommit(files, transactions);

    @Test
    void deletesOnceTheTransactionCommits() {
        storage.store(KEY, new ByteArrayInputStream(new byte[] {1, 2, 3}), "image/png", 3);
        transactions.status = Status.STATUS_ACTIVE;

        storage.delete(KEY);

        assertThat(files.open(KEY)).as("still there until the commit").isPresent();
        transactions.complete(Status.STATUS_COMMITTED);
        assertThat(files.open(KEY)).isEmpty();
    }

    @Test
    void keepsTheBytesWhenTheTransactionRollsBack() {
        storage.store(KEY, new ByteArrayInputStream(new byte[] {1, 2, 3}), "image/png", 3);
        transactions.status = Status.STATUS_ACTIVE;

        storage.delete(KEY);
        transactions.complete(Status.STATUS_ROLLEDBACK);

        assertThat(files.open(KEY)).isPresent();
    }

    @Test
    void keepsTheBytesInATransactionMarkedForRollback() {
        storage.store(KEY, new ByteArrayInputStream(new byte[] {1, 2, 3}), "image/png", 3);
        transactions.status = Status.STATUS_MARKED_ROLLBACK;

        storage.delete(KEY);
        transactions.complete(Status.STATUS_ROLLEDBACK);

        assertThat(files.open(KEY)).isPresent();
    }

    @Test
    void deletesAtOnceOutsideATransaction() {
        storage.store(KEY, new ByteArrayInputStream(new byte[] {1, 2, 3}), "image/png", 3);

        storage.delete(KEY);

        assertThat(files.open(KEY)).isEmpty();
    }

    /** The registry of one transaction at a time, completed by the test. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_NO_TRANSACTION;
        final List<Synchronization> registered = new ArrayList<>();

        void complete(int outcome) {
            registered.forEach(Synchronization::beforeCompletion);
            status = outcome;
            registered.forEach(s -> s.afterCompletion(outcome));
            registered.clear();
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_ACTIVE ? this : null;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
