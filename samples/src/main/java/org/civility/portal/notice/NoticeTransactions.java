package org.civility.portal.notice;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civility.core.notice.DispatchTransactions;

/**
 * Each step of the notice dispatcher (list due, claim one, record one) in its own JTA transaction,
 * so a send never happens inside a transaction and a failure of one delivery touches no other.
 */
@ApplicationScoped
public class NoticeTransactions implements DispatchTransactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
