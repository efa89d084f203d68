package org.civility.web.support;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a resource's {@code ETag} is its version. An update sends it back as
 * {@code If-Match}; {@link Inputs#expectedVersion(String)}, the one If-Match parser, turns it into the version core's
 * command checks ({@code ExpectedVersion}), so a change made meanwhile is refused with 409 STALE-VERSION instead of
 * being silently overwritten.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
