package org.civility.core.notice;

import java.util.function.Supplier;

/**
 * Runs one step of the {@link NoticeDispatcher} in its own short transaction (commit on return,
 * roll back on an exception). A portal implements it with its container's or resource-local
 * transactions; {@link #none()} runs the work as is (in-memory repositories).
 */
public interface DispatchTransactions {

    <T> T inTransaction(Supplier<T> work);

    /** No transactions: for in-memory repositories and tests. */
    static DispatchTransactions none() {
        return new DispatchTransactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
