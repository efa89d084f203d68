package org.civility.core.recognition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civility.core.volunteer.VolunteerId;

/**
 * The append-only points ledger. Entries are never changed or deleted.
 */
public interface PointsLedgerRepository {

    /**
     * Appends an entry (checks run before the insert; the store's unique constraints are the backstop).
     *
     * @throws org.civility.core.shared.CivilityException {@link RecognitionError#REQUEST_REUSED} if a redemption
     *         with the same volunteer and request id exists, {@link RecognitionError#ALREADY_CREDITED} if an entry
     *         (credit or correction) for the record id exists, {@link RecognitionError#INSUFFICIENT_POINTS} if a debit exceeds the balance
     */
    PointsEntry append(PointsEntry entry);

    /** The volunteer's entries, oldest first (by time, then id as text). */
    List<PointsEntry> entries(VolunteerId volunteer);

    /** Credits minus debits; 0 for an unknown volunteer. */
    long balance(VolunteerId volunteer);

    Optional<PointsEntry> findRedemption(VolunteerId volunteer, String requestId);

    /** True if an entry (credit or correction) for this service record id exists. */
    boolean hasCredit(UUID recordId);
}
