package org.civility.web.lecture;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.civility.core.lecture.MaterialStorage;

import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * A {@link MaterialStorage} whose deletions wait for the surrounding transaction: the bytes of a removed photo go once
 * the record without it is committed, and stay if the transaction rolls back (a database outage at commit, say), so a
 * record never lists a photo whose bytes are gone. Outside a transaction a deletion happens at once; in one marked for
 * rollback it does not happen. Storing and reading go straight to the storage.
 */
public final class DeletesAfterCommit implements MaterialStorage {

    private static final Logger LOG = Logger.getLogger(DeletesAfterCommit.class.getName());

    private final MaterialStorage storage;
    private final TransactionSynchronizationRegistry transactions;

    public DeletesAfterCommit(MaterialStorage storage, TransactionSynchronizationRegistry transactions) {
        this.storage = requireNonNull(storage, "storage");
        this.transactions = requireNonNull(transactions, "transactions");
    }

    @Override
    public void store(String key, InputStream content, String contentType, long size) {
        storage.store(key, content, contentType, size);
    }

    @Override
    public Optional<InputStream> open(String key) {
        return storage.open(key);
    }

    @Override
    public void delete(String key) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            storage.delete(key);
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            // Marked for rollback, or ending: the record that lists the bytes stays, so do the bytes.
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    storage.delete(key);
                } catch (RuntimeException e) {
                    // The record is committed without it; the bytes are an orphan file, not a broken record.
                    LOG.log(Level.WARNING, "civility storage: bytes of a removed file were not deleted", e);
                }
            }
        });
    }
}
