package org.civility.web.architecture.leaky;

import org.civility.persistence.elsewhere.StorageInternals;

/** A web class that reaches into the persistence adapter: {@code WebGuardSelfTest} expects the guard to reject it. */
public class LeakyResource {

    public int count() {
        return new StorageInternals().rows();
    }
}
