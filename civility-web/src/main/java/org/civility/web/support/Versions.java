package org.civility.web.support;

import jakarta.ws.rs.core.EntityTag;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/**
 * Optimistic concurrency over HTTP: a resource's {@code ETag} is its version; an update that sends
 * {@code If-Match} with another version is refused with 409 STALE-VERSION instead of silently
 * overwriting someone else's change.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Does nothing without {@code If-Match}; otherwise the versions must agree. */
    public static void checkIfMatch(String ifMatch, String what, Object id, long current) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
            return;
        }
        String expected = ifMatch.trim().replace("W/", "").replace("\"", "");
        if (!expected.equals(Long.toString(current))) {
            throw CivilityException.of(SharedError.STALE_VERSION,
                    "what", what, "id", id, "expected", expected, "actual", current);
        }
    }
}
