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

    /**
     * Does nothing without {@code If-Match} (or with {@code *}); otherwise the versions must agree.
     * The tag is read by {@link Inputs#expectedVersion(String)}, the one If-Match parser.
     *
     * @throws CivilityException STALE-VERSION on another version; INVALID-INPUT if the tag names none
     */
    public static void checkIfMatch(String ifMatch, String what, Object id, long current) {
        Long expected = Inputs.expectedVersion(ifMatch);
        if (expected != null && expected != current) {
            throw CivilityException.of(SharedError.STALE_VERSION,
                    "what", what, "id", id, "expected", expected, "actual", current);
        }
    }
}
