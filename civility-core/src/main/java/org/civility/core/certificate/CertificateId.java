package org.civility.core.certificate;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a service record certificate. */
public record CertificateId(UUID value) {

    public CertificateId {
        requireNonNull(value, "value");
    }

    public static CertificateId of(String value) {
        return new CertificateId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
