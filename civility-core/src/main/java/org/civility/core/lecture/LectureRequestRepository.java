package org.civility.core.lecture;

import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where residents' lecture requests are kept. */
public interface LectureRequestRepository {

    Optional<LectureRequest> find(LectureRequestId id);

    /**
     * Inserts or updates; returns the request as stored, with its new version.
     *
     * @throws CivilityException STALE-VERSION if the version differs from the stored one
     */
    LectureRequest store(LectureRequest request);

    /** Requests of exactly {@code unit}, ordered by filing time, then id (as text). */
    Page<LectureRequest> byUnit(UnitId unit, PageRequest page);
}
