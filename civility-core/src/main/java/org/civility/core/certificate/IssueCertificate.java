package org.civility.core.certificate;

import java.time.LocalDate;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * Issue a certificate for what {@code recordingUnit} recorded of {@code volunteer}, optionally only service that
 * started within [from, to] (dates in the service's zone, both inclusive).
 *
 * @param personInCharge the issuer's person in charge (负责人); empty takes the head of a station's leadership
 * @param contact        how to reach the issuer about the certificate (联系方式), e.g. a telephone number
 */
public record IssueCertificate(VolunteerId volunteer, UnitId recordingUnit, Optional<LocalDate> from,
        Optional<LocalDate> to, Optional<String> personInCharge, String contact) {

    public IssueCertificate {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(recordingUnit, "recordingUnit");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(personInCharge, "personInCharge");
        requireNonNull(contact, "contact");
    }

    /** Everything the unit recorded, its head as person in charge. */
    public static IssueCertificate of(VolunteerId volunteer, UnitId recordingUnit, String contact) {
        return new IssueCertificate(volunteer, recordingUnit, Optional.empty(), Optional.empty(), Optional.empty(),
                contact);
    }
}
