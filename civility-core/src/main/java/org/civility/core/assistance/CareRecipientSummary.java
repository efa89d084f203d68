package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * What anyone managing care may see of a recipient: no personal details (R-HELP-1).
 *
 * @param status whether the recipient has an active pairing
 */
public record CareRecipientSummary(CareRecipientId id, UnitId unit, CareCategory category, PairingStatus status,
                                   Instant registeredAt, long version) {

    public CareRecipientSummary {
        requireNonNull(id, "id");
        requireNonNull(unit, "unit");
        requireNonNull(category, "category");
        requireNonNull(status, "status");
        requireNonNull(registeredAt, "registeredAt");
    }
}
