package org.civility.core.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What anyone holding a certificate's verification token learns: its essentials, the ID number masked.
 */
public record CertificateVerification(String number, String volunteerName, IdType idType, String maskedIdNumber,
        long minutes, BigDecimal hours, String content, LocalDate servedFrom, LocalDate servedTo, String issuerName,
        LocalDate issuedOn) {

    static CertificateVerification of(ServiceCertificate c) {
        return new CertificateVerification(c.number(), c.volunteerName(), c.idType(), c.maskedIdNumber(),
                c.minutes(), c.hours(), c.content(), c.servedFrom(), c.servedTo(), c.issuerName(), c.issuedOn());
    }
}
