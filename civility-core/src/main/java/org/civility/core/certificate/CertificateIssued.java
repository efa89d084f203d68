package org.civility.core.certificate;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

/** A certificate was issued. {@code by} is the handler's name. */
public record CertificateIssued(CertificateId certificate, String number, UnitId issuer, UnitId recordingUnit,
        VolunteerId volunteer, long minutes, String by, Instant occurredAt) implements DomainEvent {
}
