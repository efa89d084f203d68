package org.civility.persistence.audit;

import org.civility.core.audit.AuditTrail;
import org.civility.core.contract.AuditTrailContract;
import org.civility.persistence.testing.TestStore;

class JpaAuditTrailTest extends AuditTrailContract {

    @Override
    protected AuditTrail trail() {
        return TestStore.get().repository(AuditTrail.class, JpaAuditTrail::new);
    }
}
