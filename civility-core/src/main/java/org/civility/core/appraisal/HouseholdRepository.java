package org.civility.core.appraisal;

import java.util.List;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where households are kept, with their voters and award history. */
public interface HouseholdRepository {

    Optional<Household> find(HouseholdId id);

    /**
     * Inserts or updates, including voters and history.
     *
     * @return the household as stored, with its new version
     * @throws CivilityException STALE-VERSION if {@code household.version()} differs from the stored version
     */
    Household store(Household household);

    /** The households of {@code unit}, ordered by head then id. */
    Page<Household> byUnit(UnitId unit, PageRequest page);

    /** The households of {@code unit} that list {@code account} as a voter, ordered by head then id. */
    List<Household> withVoter(UnitId unit, String account);
}
