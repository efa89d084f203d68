package org.civility.core.record;

import java.util.List;
import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

/** Where check-in codes and the check-ins made with them are kept. */
public interface CheckInCodeRepository {

    Optional<CheckInCode> find(CheckInCodeId id);

    /**
     * Inserts or updates a code; returns it as stored, with its new version.
     *
     * @throws CivilityException STALE-VERSION if {@code code.version()} differs from the stored one;
     *                           RECORD-CODE-TAKEN if another code with the same digits and issue, or with the same
     *                           link token, is stored
     */
    CheckInCode store(CheckInCode code);

    /** The code with these digits and the highest issue: the only one that may still be open. */
    Optional<CheckInCode> latestWithCode(String code);

    /** The code whose QR link carries this token, open or not. */
    Optional<CheckInCode> findByLinkToken(String linkToken);

    /**
     * Records a check-in made with a code.
     *
     * @throws CivilityException RECORD-CODE-ALREADY-USED if that volunteer already checked in with that code
     */
    void recordCheckIn(CodeCheckIn checkIn);

    /** The check-in a volunteer made with a code, if any. */
    Optional<CodeCheckIn> checkInOf(CheckInCodeId code, VolunteerId volunteer);

    /** Every check-in made with a code, ordered by time, then volunteer id (as text). */
    List<CodeCheckIn> checkIns(CheckInCodeId code);
}
