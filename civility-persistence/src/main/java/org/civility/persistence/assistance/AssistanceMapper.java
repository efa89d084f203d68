package org.civility.persistence.assistance;

import org.civility.core.assistance.CareCategory;
import org.civility.core.assistance.CarePairing;
import org.civility.core.assistance.CarePairingId;
import org.civility.core.assistance.CareRecipient;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.assistance.Guardian;
import org.civility.core.assistance.Visit;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.VolunteerId;

import java.util.List;
import java.util.Optional;

/** Maps care recipients and pairings between core and their JPA model. */
final class AssistanceMapper {

    private AssistanceMapper() {
    }

    /** Rebuilds the aggregate through {@link CareRecipient#restore}, so stored rows are checked again. */
    static CareRecipient toDomain(CareRecipientEntity e) {
        Optional<Guardian> guardian = e.guardianName == null ? Optional.empty()
                : Optional.of(new Guardian(e.guardianName, PhoneNumber.of(e.guardianPhone),
                GuardianRelation.valueOf(e.guardianRelation)));
        return CareRecipient.restore(CareRecipientId.of(e.id), UnitId.of(e.unitId), CareCategory.valueOf(e.category),
                e.name, Optional.ofNullable(e.residentId).map(ResidentIdNumber::of), Optional.ofNullable(e.birthYear),
                e.address, Optional.ofNullable(e.phone).map(PhoneNumber::of), e.needs, guardian, e.registeredAt,
                e.version);
    }

    /** Copies every field but id and version onto {@code e}. */
    static void copy(CareRecipient r, CareRecipientEntity e) {
        e.unitId = r.unit().toString();
        e.category = r.category().name();
        e.name = r.name();
        e.residentId = r.residentId().map(ResidentIdNumber::value).orElse(null);
        e.birthYear = r.birthYear().orElse(null);
        e.address = r.address();
        e.phone = r.phone().map(PhoneNumber::value).orElse(null);
        e.needs = r.needs();
        e.guardianName = r.guardian().map(Guardian::name).orElse(null);
        e.guardianPhone = r.guardian().map(g -> g.phone().value()).orElse(null);
        e.guardianRelation = r.guardian().map(g -> g.relation().name()).orElse(null);
        e.registeredAt = r.registeredAt();
    }

    /** Rebuilds the aggregate through {@link CarePairing#restore}, so stored rows are checked again. */
    static CarePairing toDomain(CarePairingEntity e) {
        List<Visit> visits = e.visits.stream().map(v -> new Visit(VolunteerId.of(v.volunteerId), v.visitedAt,
                v.durationMinutes, v.notes)).toList();
        return CarePairing.restore(CarePairingId.of(e.id), CareRecipientId.of(e.recipientId), UnitId.of(e.unitId),
                CareCategory.valueOf(e.category), e.volunteerIds.stream().map(VolunteerId::of).toList(),
                e.visitIntervalDays, e.startedOn, Optional.ofNullable(e.endedOn), visits, e.version);
    }

    /** Copies every field but id and version onto {@code e}; visits are only ever appended. */
    static void copy(CarePairing p, CarePairingEntity e) {
        e.recipientId = p.recipient().toString();
        e.unitId = p.unit().toString();
        e.category = p.category().name();
        e.visitIntervalDays = p.visitIntervalDays();
        e.startedOn = p.startedOn();
        e.endedOn = p.endedOn().orElse(null);
        List<String> volunteers = p.volunteers().stream().map(VolunteerId::toString).toList();
        if (!e.volunteerIds.equals(volunteers)) {
            e.volunteerIds.clear();
            e.volunteerIds.addAll(volunteers);
        }
        List<Visit> visits = p.visits();
        if (e.visits.size() > visits.size()) {
            e.visits.clear();
        }
        for (int i = e.visits.size(); i < visits.size(); i++) {
            Visit v = visits.get(i);
            e.visits.add(new VisitEmbeddable(v.volunteer().toString(), v.visitedAt(), v.durationMinutes(), v.notes()));
        }
    }
}
