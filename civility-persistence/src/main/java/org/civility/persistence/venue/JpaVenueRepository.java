package org.civility.persistence.venue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
        String id = venue.id().toString();
        VenueEntity e = em.find(VenueEntity.class, id);
        if (e == null) {
            StoredVersions.checkNew(WHAT, venue.id(), venue.version());
            e = new VenueEntity(id);
            VenueMapper.copy(venue, e);
            em.persist(e);
        } else {
            StoredVersions.check(WHAT, venue.id(), venue.version(), e.version);
            VenueMapper.copy(venue, e);
            // Every store bumps the version, as the in-memory repository does.
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        StoredVersions.flush(em, WHAT, venue.id(), venue.version());
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
