package org.civility.persistence.celebration;

import jakarta.persistence.EntityManager;
import org.civility.core.celebration.CeremonyId;
import org.civility.core.celebration.FamilyCeremony;
import org.civility.core.celebration.FamilyCeremonyRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link FamilyCeremonyRepository} over JPA; runs in the caller's transaction. */
public class JpaFamilyCeremonyRepository implements FamilyCeremonyRepository {

    private final EntityManager em;

    public JpaFamilyCeremonyRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<FamilyCeremony> find(CeremonyId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(FamilyCeremonyEntity.class, id.toString()))
                .map(FamilyCeremonyMapper::toDomain);
    }

    @Override
    public FamilyCeremony store(FamilyCeremony ceremony) {
        requireNonNull(ceremony, "ceremony");
        FamilyCeremonyEntity e = StoredVersions.store(em, FamilyCeremonyEntity.class, "ceremony", ceremony.id(),
                ceremony.version(), FamilyCeremonyEntity::new, row -> FamilyCeremonyMapper.copy(ceremony, row),
                row -> row.version);
        return FamilyCeremonyMapper.toDomain(e);
    }

    @Override
    public Page<FamilyCeremony> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery(
                        "select c from FamilyCeremonyEntity c where c.unitId = :unit order by c.date, c.id",
                        FamilyCeremonyEntity.class)
                .setParameter("unit", unit.toString()), page, FamilyCeremonyMapper::toDomain);
    }
}
