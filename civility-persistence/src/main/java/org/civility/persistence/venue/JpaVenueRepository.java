package org.civility.persistence.venue;

import jakarta.persistence.EntityManager;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueId;
import org.civility.core.venue.VenueRepository;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link VenueRepository} on JPA. Runs in the caller's transaction. Every store bumps the version,
 * also when only the booking sequence changed: that bump is the lock on which two concurrent
 * bookings of one venue collide (R-VEN-5).
 */
public class JpaVenueRepository implements VenueRepository {

    private static final String WHAT = "venue";

    private final EntityManager em;

    public JpaVenueRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Venue> find(VenueId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(VenueEntity.class, id.toString())).map(VenueMapper::toDomain);
    }

    @Override
    public Venue store(Venue venue) {
        requireNonNull(venue, "venue");
        VenueEntity e = StoredVersions.store(em, VenueEntity.class, WHAT, venue.id(), venue.version(), VenueEntity::new,
                row -> VenueMapper.copy(venue, row), row -> row.version);
        return VenueMapper.toDomain(e);
    }

    @Override
    public Page<Venue> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return Pages.of(em.createQuery(
                        "select v from VenueEntity v where v.unitId = :unit order by v.name, v.id", VenueEntity.class)
                .setParameter("unit", unit.toString()), page, VenueMapper::toDomain);
    }
}
