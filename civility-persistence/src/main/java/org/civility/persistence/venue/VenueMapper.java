package org.civility.persistence.venue;

import org.civility.core.organisation.UnitId;
import org.civility.core.venue.PlatformKind;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueId;
import org.civility.core.venue.VenueOwner;

import java.util.EnumSet;
import java.util.Optional;

/** Between {@link Venue} and {@link VenueEntity}. */
final class VenueMapper {

    private VenueMapper() {
    }

    /** Rebuilds the venue through {@link Venue#restore}, so a corrupt row fails its invariants. */
    static Venue toDomain(VenueEntity e) {
        return Venue.restore(VenueId.of(e.id), UnitId.of(e.unitId), e.name, e.kind,
                new VenueOwner(e.ownerName, Optional.ofNullable(e.ownerContact)),
                e.platforms.isEmpty() ? EnumSet.noneOf(PlatformKind.class) : EnumSet.copyOf(e.platforms),
                Optional.ofNullable(e.capacity), e.active, e.bookingSequence, e.version);
    }

    /** Copies every field but the id and the version, which the entity manages. */
    static void copy(Venue v, VenueEntity e) {
        e.unitId = v.unit().toString();
        e.name = v.name();
        e.kind = v.kind();
        e.ownerName = v.owner().name();
        e.ownerContact = v.owner().contact().orElse(null);
        if (!e.platforms.equals(v.platforms())) {
            e.platforms.retainAll(v.platforms());
            e.platforms.addAll(v.platforms());
        }
        e.capacity = v.capacity().orElse(null);
        e.active = v.active();
        e.bookingSequence = v.bookingSequence();
    }
}
