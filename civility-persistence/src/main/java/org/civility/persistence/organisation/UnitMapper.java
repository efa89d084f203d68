package org.civility.persistence.organisation;

import org.civility.core.organisation.Grid;
import org.civility.core.organisation.LeadershipSeat;
import org.civility.core.organisation.Partner;
import org.civility.core.organisation.StaffAssignment;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;

import java.util.Optional;
import java.util.UUID;

/** Between {@link Unit} and {@link UnitEntity}; the domain checks its invariants again on the way back. */
final class UnitMapper {

    private UnitMapper() {
    }

    static Unit toDomain(UnitEntity e) {
        return Unit.restore(UnitId.of(e.id), e.tier, e.name,
                Optional.ofNullable(e.parentId).map(UnitId::of),
                Optional.ofNullable(e.regionCode), Optional.ofNullable(e.address),
                e.leadership.stream().map(s -> new LeadershipSeat(s.personName, s.post, s.role)).toList(),
                e.staff.stream().map(s -> new StaffAssignment(s.personName, s.role,
                        Optional.ofNullable(s.volunteerId).map(UUID::fromString))).toList(),
                e.grids.stream().map(g -> new Grid(g.name, g.buildings)).toList(),
                e.partners.stream().map(p -> new Partner(p.name, p.kind)).toList(),
                e.dissolved, e.version);
    }

    /** Copies every field but the id and the version onto the entity. */
    static void copy(Unit unit, UnitEntity e) {
        e.tier = unit.tier();
        e.name = unit.name();
        e.parentId = unit.parent().map(UnitId::toString).orElse(null);
        e.regionCode = unit.regionCode().orElse(null);
        e.address = unit.address().orElse(null);
        e.dissolved = unit.dissolved();
        e.leadership.clear();
        unit.leadership().forEach(s -> e.leadership.add(new LeadershipSeatEmbeddable(s.personName(), s.post(), s.role())));
        e.staff.clear();
        unit.staff().forEach(s -> e.staff.add(new StaffAssignmentEmbeddable(s.personName(), s.role(),
                s.volunteerId().map(UUID::toString).orElse(null))));
        e.grids.clear();
        unit.grids().forEach(g -> e.grids.add(new GridEmbeddable(g.name(), g.buildings())));
        e.partners.clear();
        unit.partners().forEach(p -> e.partners.add(new PartnerEmbeddable(p.name(), p.kind())));
    }
}
