package org.civility.core.celebration;

/**
 * Where a family ceremony stands (R-CELE-1). A ceremony within the village's limits is registered; one over them is
 * recorded all the same and flagged for the council's persuasion visit (劝导), which the council then records.
 */
public enum CeremonyStatus {
    /** Within the limits it was checked against. */
    REGISTERED,
    /** Over the limits: waits for the council's persuasion visit. */
    FLAGGED,
    /** Over the limits, and the council has recorded its persuasion visit. */
    VISITED
}
