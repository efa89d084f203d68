package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A recipient's details, in full, as shown to the paired volunteers and the station head
 * (R-HELP-1). Built only by {@link AssistanceService#details}.
 *
 * @param residentIdNumber the full ID number, if known
 * @param phone            the full phone number, if known
 * @param activePairings   the recipient's active pairings
 */
public record CareRecipientDetails(CareRecipientId id, UnitId unit, CareCategory category, String name,
                                   Optional<String> residentIdNumber, Optional<Integer> birthYear, String address,
                                   Optional<String> phone, String needs, Optional<Guardian> guardian,
                                   List<CarePairingId> activePairings, Instant registeredAt, long version) {

    public CareRecipientDetails {
        requireNonNull(id, "id");
        requireNonNull(unit, "unit");
        requireNonNull(category, "category");
        requireNonNull(name, "name");
        requireNonNull(residentIdNumber, "residentIdNumber");
        requireNonNull(birthYear, "birthYear");
        requireNonNull(address, "address");
        requireNonNull(phone, "phone");
        requireNonNull(needs, "needs");
        requireNonNull(guardian, "guardian");
        activePairings = List.copyOf(activePairings);
        requireNonNull(registeredAt, "registeredAt");
    }

    /** Prints no personal details. */
    @Override
    public String toString() {
        return "CareRecipientDetails[" + id + ", " + category + "]";
    }
}
