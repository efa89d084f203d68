package org.civility.core.celebration;

/** Where a family ceremony stands. Only ceremonies within the limits are registered (R-CELE-1). */
public enum CeremonyStatus {
    REGISTERED
}
