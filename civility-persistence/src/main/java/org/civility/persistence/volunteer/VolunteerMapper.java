package org.civility.persistence.volunteer;

import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.GuardianConsent;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerOrigin;
import org.civility.core.volunteer.VolunteerStatus;

import java.util.Optional;

/** Maps volunteers between core and their JPA model. */
final class VolunteerMapper {

    private VolunteerMapper() {
    }

    /** Rebuilds the aggregate through {@link Volunteer#restore}, so stored rows are checked again. */
    static Volunteer toDomain(VolunteerEntity e) {
        return Volunteer.restore(VolunteerId.of(e.id), UnitId.of(e.homeUnitId), e.realName,
                ResidentIdNumber.of(e.residentId), PhoneNumber.of(e.phone), VolunteerOrigin.valueOf(e.origin),
                e.skills, consentOf(e.guardianConsent), e.registeredAt, VolunteerStatus.valueOf(e.status), e.version);
    }

    /** Copies every field but id and version onto {@code e}. */
    static void copy(Volunteer v, VolunteerEntity e) {
        e.homeUnitId = v.homeUnit().toString();
        e.realName = v.realName();
        e.residentId = v.residentId().value();
        e.phone = v.phone().value();
        e.origin = v.origin().name();
        e.skills.retainAll(v.skills());
        e.skills.addAll(v.skills());
        e.guardianConsent = v.guardianConsent().map(c -> new GuardianConsentEmbeddable(c.guardianName(),
                c.guardianPhone().value(), c.relation().name(), c.givenAt())).orElse(null);
        e.registeredAt = v.registeredAt();
        e.status = v.status().name();
    }

    /** A provider may hand back an all-null embeddable instead of null: both mean "no consent". */
    private static Optional<GuardianConsent> consentOf(GuardianConsentEmbeddable c) {
        if (c == null || c.guardianName == null) {
            return Optional.empty();
        }
        return Optional.of(new GuardianConsent(c.guardianName, PhoneNumber.of(c.guardianPhone),
                GuardianRelation.valueOf(c.relation), c.givenAt));
    }
}
