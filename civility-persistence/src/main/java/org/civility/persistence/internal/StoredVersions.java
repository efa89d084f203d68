package org.civility.persistence.internal;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/** The optimistic-lock check every JPA repository runs before copying an aggregate onto its row. */
public final class StoredVersions {

    private StoredVersions() {
    }

    /**
     * @throws CivilityException STALE-VERSION if the aggregate was read at another version than the row's
     */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION,
                    "what", what, "id", id, "expected", expected, "actual", actual);
        }
    }

    /** A new aggregate (version 0) must not exist yet. */
    public static void checkNew(String what, Object id, long expected) {
        check(what, id, expected, 0);
    }
}
