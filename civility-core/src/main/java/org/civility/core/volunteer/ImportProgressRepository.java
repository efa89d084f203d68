package org.civility.core.volunteer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where volunteer imports' progress is kept, so that any node of a cluster can answer how far an import got, whichever
 * node runs it. Implementations join the caller's transaction.
 */
public interface ImportProgressRepository {

    /** Stores {@code progress}, replacing what was stored for its id. */
    void store(ImportProgress progress);

    /** The progress stored for {@code id}, or empty. */
    Optional<ImportProgress> find(UUID id);

    /** Forgets the imports that finished before {@code cutoff}; returns how many. */
    int forgetFinishedBefore(Instant cutoff);
}
