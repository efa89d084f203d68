package org.civility.persistence.appraisal;

import jakarta.persistence.EntityManager;
import org.civility.core.appraisal.Household;
import org.civility.core.appraisal.HouseholdId;
import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link HouseholdRepository} on JPA. Runs in the caller's transaction. */
public class JpaHouseholdRepository implements HouseholdRepository {

    private static final String WHAT = "household";

    private final EntityManager em;

    public JpaHouseholdRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Household> find(HouseholdId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(HouseholdEntity.class, id.toString())).map(HouseholdMapper::toDomain);
    }

    @Override
    public Household store(Household household) {
        requireNonNull(household, "household");
        // A new voter or award alone changes no column of the household row: bump it anyway.
        HouseholdEntity e = StoredVersions.store(em, HouseholdEntity.class, WHAT, household.id(), household.version(),
                HouseholdEntity::new, row -> HouseholdMapper.copy(household, row), row -> row.version);
        return HouseholdMapper.toDomain(e);
    }

    @Override
    public Page<Household> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return Pages.of(em.createQuery(
                        "select h from HouseholdEntity h where h.unitId = :unit order by h.head, h.id",
                        HouseholdEntity.class)
                .setParameter("unit", unit.toString()), page, HouseholdMapper::toDomain);
    }

    @Override
    public List<Household> withVoter(UnitId unit, String account) {
        requireNonNull(unit, "unit");
        requireNonNull(account, "account");
        return em.createQuery("""
                        select h from HouseholdEntity h
                        where h.unitId = :unit and :account member of h.voters
                        order by h.head, h.id""", HouseholdEntity.class)
                .setParameter("unit", unit.toString())
                .setParameter("account", account)
                .getResultList().stream()
                .map(HouseholdMapper::toDomain)
                .toList();
    }
}
