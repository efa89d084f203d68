package org.civility.core.celebration;

import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Port: registered family ceremonies. */
public interface FamilyCeremonyRepository {

    Optional<FamilyCeremony> find(CeremonyId id);

    /**
     * Inserts or updates; returns the ceremony as stored with its new version.
     *
     * @throws org.civility.core.shared.CivilityException {@code STALE-VERSION} if the version differs from the stored one
     */
    FamilyCeremony store(FamilyCeremony ceremony);

    /** Ceremonies registered at exactly {@code unit}, by date, then id. */
    Page<FamilyCeremony> byUnit(UnitId unit, PageRequest page);
}
