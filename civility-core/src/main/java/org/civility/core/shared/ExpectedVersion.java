package org.civility.core.shared;

/**
 * Optimistic concurrency for commands: the version of an aggregate the caller read (HTTP's If-Match), checked in
 * core against the aggregate as loaded for the change, after the caller was authorised (so a version answers nobody
 * who may not see it). The repository's store then checks the loaded version against the stored row, so the two
 * checks together leave no gap for another writer.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /**
     * @param expected the version the caller read, or null when the caller did not say
     * @throws CivilityException STALE-VERSION (what, id, expected, actual) when {@code expected} is given and differs
     */
    public static void check(String what, Object id, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", what, "id", id, "expected", expected,
                    "actual", actual);
        }
    }
}
