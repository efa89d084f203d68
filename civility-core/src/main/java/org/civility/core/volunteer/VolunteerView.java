package org.civility.core.volunteer;

import org.civility.core.organisation.UnitId;

import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What an actor sees of a volunteer. {@code idNumber} and {@code phone} are in full only for the
 * volunteer themself and for actors with {@code VIEW_PERSONAL_DATA} at the home unit; masked
 * ({@code 110***********123X}, {@code 138****5678}) for everyone else.
 *
 * @param fullPersonalData whether {@code idNumber} and {@code phone} are shown in full
 * @param skills           in alphabetical order
 * @param minor            younger than 18 today
 */
public record VolunteerView(VolunteerId id, UnitId unit, String name, String idNumber, String phone, int age,
                            VolunteerOrigin origin, List<String> skills, boolean minor, boolean guardianConsentPresent,
                            VolunteerStatus status, Instant registeredAt, long version, boolean fullPersonalData) {

    public VolunteerView {
        requireNonNull(id, "id");
        requireNonNull(unit, "unit");
        requireNonNull(name, "name");
        requireNonNull(idNumber, "idNumber");
        requireNonNull(phone, "phone");
        requireNonNull(origin, "origin");
        skills = List.copyOf(skills);
        requireNonNull(status, "status");
        requireNonNull(registeredAt, "registeredAt");
    }
}
