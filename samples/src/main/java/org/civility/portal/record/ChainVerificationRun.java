package org.civility.portal.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.ServiceRecordService;

import java.util.Map;

/** One run of the scheduled verification (R-REC-1) in its own read-only JTA transaction. */
@ApplicationScoped
public class ChainVerificationRun {

    @Inject
    ServiceRecordService records;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<UnitId, HashChainVerifier.Verification> verifyAll() {
        return records.verifyAll();
    }
}
