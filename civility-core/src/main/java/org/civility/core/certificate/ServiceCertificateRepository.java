package org.civility.core.certificate;

import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.VolunteerId;

/** Where issued certificates are kept. Implemented by the persistence adapter and the in-memory store. */
public interface ServiceCertificateRepository {

    Optional<ServiceCertificate> find(CertificateId id);

    /** The certificate whose verification token this is, if any. */
    Optional<ServiceCertificate> findByToken(String verificationToken);

    /**
     * Stores a newly issued certificate (version 0) and returns it with version 1.
     *
     * @throws CivilityException STALE-VERSION (what "certificate", id, expected, actual) if the certificate is no
     *                           longer new or another certificate took its number (prefix, year and sequence):
     *                           the caller may issue again with the next sequence
     */
    ServiceCertificate store(ServiceCertificate certificate);

    /** The highest sequence used with a number prefix in a year, 0 if none. */
    long lastSequence(String prefix, int year);

    /** A volunteer's certificates, newest issue first, then by id (as text). */
    Page<ServiceCertificate> byVolunteer(VolunteerId volunteer, PageRequest page);
}
