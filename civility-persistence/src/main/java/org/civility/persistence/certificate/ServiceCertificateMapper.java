package org.civility.persistence.certificate;

import org.civility.core.certificate.CertificateId;
import org.civility.core.certificate.ServiceCertificate;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/** Between {@link ServiceCertificate} and {@link ServiceCertificateEntity}; the domain checks again on the way back. */
final class ServiceCertificateMapper {

    private ServiceCertificateMapper() {
    }

    static ServiceCertificate toDomain(ServiceCertificateEntity e) {
        return ServiceCertificate.restore(CertificateId.of(e.id), UnitId.of(e.issuerId), e.issuerName, e.prefix, e.year,
                e.sequence, e.number, UnitId.of(e.recordingUnitId), VolunteerId.of(e.volunteerId), e.volunteerName,
                e.idType, e.idNumber, e.volunteerNumber, e.minutes, e.entries, e.content, e.servedFrom, e.servedTo,
                e.personInCharge, e.handler, e.contact, e.issuedOn, e.issuedAt, e.verificationToken, e.version);
    }

    /** Copies every field but the id and the version onto a new entity. */
    static void copy(ServiceCertificate c, ServiceCertificateEntity e) {
        e.number = c.number();
        e.issuerId = c.issuer().toString();
        e.issuerName = c.issuerName();
        e.prefix = c.prefix();
        e.year = c.year();
        e.sequence = c.sequence();
        e.recordingUnitId = c.recordingUnit().toString();
        e.volunteerId = c.volunteer().toString();
        e.volunteerName = c.volunteerName();
        e.idType = c.idType();
        e.idNumber = c.idNumber();
        e.volunteerNumber = c.volunteerNumber();
        e.minutes = c.minutes();
        e.entries = c.entries();
        e.content = c.content();
        e.servedFrom = c.servedFrom();
        e.servedTo = c.servedTo();
        e.personInCharge = c.personInCharge();
        e.handler = c.handler();
        e.contact = c.contact();
        e.issuedOn = c.issuedOn();
        e.issuedAt = c.issuedAt();
        e.verificationToken = c.verificationToken();
    }
}
