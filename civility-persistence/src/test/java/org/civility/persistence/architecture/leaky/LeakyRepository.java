package org.civility.persistence.architecture.leaky;

import org.civility.web.elsewhere.ProblemCodes;

/** A persistence class that reaches into the web adapter: {@code PersistenceGuardSelfTest} expects the guard to reject it. */
public class LeakyRepository {

    public String conflict() {
        return ProblemCodes.conflict();
    }
}
