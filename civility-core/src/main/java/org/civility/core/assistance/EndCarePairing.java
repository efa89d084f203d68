package org.civility.core.assistance;

import jakarta.validation.constraints.NotNull;

/**
 * Command: end a pairing today.
 *
 * @param expectedVersion the pairing version the caller read, or null not to check
 */
public record EndCarePairing(@NotNull CarePairingId pairing, Long expectedVersion) {
}
