package org.civility.core.spi;

import java.util.UUID;

/** Where new identities come from. A portal may replace it (time-ordered UUIDs, say). */
@FunctionalInterface
public interface IdSource {

    /** A new, never-used identity. */
    UUID nextId();

    /** Random (version 4) UUIDs. */
    static IdSource random() {
        return UUID::randomUUID;
    }
}
