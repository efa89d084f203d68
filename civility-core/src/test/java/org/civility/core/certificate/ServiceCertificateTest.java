package org.civility.core.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.CertificateFixtures.aCertificate;

class ServiceCertificateTest {

    private static final Instant AT = Instant.parse("2026-09-10T02:00:00Z");

    @Test
    void numbersWithPrefixYearAndAPaddedSequence() {
        assertThat(ServiceCertificate.number("330102", 2026, 42)).isEqualTo("330102-2026-000042");
        UnitId issuer = unit();
        assertThat(aCertificate(issuer, volunteer(), 3, AT).number())
                .isEqualTo(issuer.toString().substring(0, 8).toUpperCase() + "-2026-000003");
    }

    @Test
    void showsHoursWithAtMostTwoDecimals() {
        assertThat(aCertificate(unit(), volunteer(), 1, AT).hours()).isEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void restoreRejectsANumberThatDoesNotFitItsParts() {
        ServiceCertificate c = aCertificate(unit(), volunteer(), 3, AT);

        assertThatThrownBy(() -> ServiceCertificate.restore(c.id(), c.issuer(), c.issuerName(), c.prefix(), c.year(),
                4, c.number(), c.recordingUnit(), c.volunteer(), c.volunteerName(), c.idType(), c.idNumber(),
                c.volunteerNumber(), c.minutes(), c.entries(), c.content(), c.servedFrom(), c.servedTo(),
                c.personInCharge(), c.handler(), c.contact(), c.issuedOn(), c.issuedAt(), c.verificationToken(), 1))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.args()).containsEntry("field", "number"));
    }

    @Test
    void masksTheIdNumberAndNeverPrintsIt() {
        ServiceCertificate c = aCertificate(unit(), volunteer(), 1, AT);

        assertThat(c.maskedIdNumber()).isEqualTo("110***********002X");
        assertThat(c.toString()).doesNotContain(c.idNumber());
    }

    @Test
    void rejectsNoMinutesAndReversedServiceDates() {
        assertThatThrownBy(() -> ServiceCertificate.issue(new CertificateId(UUID.randomUUID()), unit(), "站",
                "P", 1, unit(), volunteer(), "王", IdType.RESIDENT_ID_CARD, "11010519491231002X", "1", 0, 1, "服务",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), "负责人", "经办人", "电话",
                LocalDate.of(2026, 9, 10), AT, "t"))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.args()).containsEntry("field", "minutes"));
        assertThatThrownBy(() -> ServiceCertificate.issue(new CertificateId(UUID.randomUUID()), unit(), "站",
                "P", 1, unit(), volunteer(), "王", IdType.RESIDENT_ID_CARD, "11010519491231002X", "1", 5, 1, "服务",
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1), "负责人", "经办人", "电话",
                LocalDate.of(2026, 9, 10), AT, "t"))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.args()).containsEntry("field", "servedTo"));
        assertThatThrownBy(() -> ServiceCertificate.issue(new CertificateId(UUID.randomUUID()), unit(), "站",
                "P", 1, unit(), volunteer(), "王", IdType.RESIDENT_ID_CARD, "11010519491231002X", "1", 5, 1, "服务",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), "负责人", " ", "电话",
                LocalDate.of(2026, 9, 10), AT, "t"))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("CERTIFICATE-INVALID"));
    }

    private static UnitId unit() {
        return new UnitId(UUID.randomUUID());
    }

    private static VolunteerId volunteer() {
        return new VolunteerId(UUID.randomUUID());
    }
}
