package org.civility.core.memory;

import org.civility.core.audit.AuditTrail;
import org.civility.core.contract.AuditTrailContract;

class InMemoryAuditTrailTest extends AuditTrailContract {

    private final AuditTrail trail = new InMemoryAuditTrail();

    @Override
    protected AuditTrail trail() {
        return trail;
    }
}
