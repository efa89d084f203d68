package org.civility.core.assistance;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where care pairings are kept. Implemented by the persistence adapter and {@code InMemoryCarePairingRepository}. */
public interface CarePairingRepository {

    Optional<CarePairing> find(CarePairingId id);

    /**
     * Inserts or updates (with all visits); returns the pairing as stored, with its new version.
     *
     * @throws CivilityException {@code STALE-VERSION} if {@code pairing.version()} differs from the stored one
     */
    CarePairing store(CarePairing pairing);

    /** Every pairing of a recipient, ordered by start date, then id (as text). */
    List<CarePairing> byRecipient(CareRecipientId recipient);

    /**
     * The pairings active on {@code date} (started on or before it, not ended on or before it), in all units,
     * ordered by id (as text).
     */
    Page<CarePairing> activeOn(LocalDate date, PageRequest page);
}
