package org.civility.core.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.civility.core.certificate.CertificateId;
import org.civility.core.certificate.IdType;
import org.civility.core.certificate.ServiceCertificate;
import org.civility.core.certificate.ServiceCertificateRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.CertificateFixtures.aCertificate;
import static org.civility.core.fixtures.CertificateFixtures.prefixOf;

/**
 * What every {@link ServiceCertificateRepository} must do. The store is never assumed empty: each test works on
 * issuers and volunteers of its own.
 */
public abstract class ServiceCertificateRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-08-01T02:30:15.123456Z");

    protected abstract ServiceCertificateRepository repository();

    private static UnitId anIssuer() {
        return new UnitId(UUID.randomUUID());
    }

    private static VolunteerId aVolunteer() {
        return new VolunteerId(UUID.randomUUID());
    }

    @Test
    void roundTripsEveryField() {
        UnitId issuer = anIssuer();
        UnitId recorder = anIssuer();
        VolunteerId volunteer = aVolunteer();
        String prefix = prefixOf(issuer);
        ServiceCertificate issued = ServiceCertificate.issue(new CertificateId(UUID.randomUUID()), issuer,
                "圆东镇新时代文明实践所", prefix, 7, recorder, volunteer, "王小明", IdType.RESIDENT_ID_CARD,
                "11010519491231002X", "V-0001", 450, 3, "为老人理发、关爱独居老人", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 7, 30), "王书记", "李管理员", "0571-88888888", LocalDate.of(2026, 8, 1), T0,
                "0123456789abcdef0123456789abcdef");

        ServiceCertificate stored = repository().store(issued);
        ServiceCertificate found = repository().find(issued.id()).orElseThrow();

        assertThat(stored.version()).isEqualTo(1);
        assertThat(found.id()).isEqualTo(issued.id());
        assertThat(found.issuer()).isEqualTo(issuer);
        assertThat(found.issuerName()).isEqualTo("圆东镇新时代文明实践所");
        assertThat(found.year()).isEqualTo(2026);
        assertThat(found.sequence()).isEqualTo(7);
        assertThat(found.prefix()).isEqualTo(prefix);
        assertThat(found.number()).isEqualTo(prefix + "-2026-000007");
        assertThat(found.recordingUnit()).isEqualTo(recorder);
        assertThat(found.volunteer()).isEqualTo(volunteer);
        assertThat(found.volunteerName()).isEqualTo("王小明");
        assertThat(found.idType()).isEqualTo(IdType.RESIDENT_ID_CARD);
        assertThat(found.idNumber()).isEqualTo("11010519491231002X");
        assertThat(found.volunteerNumber()).isEqualTo("V-0001");
        assertThat(found.minutes()).isEqualTo(450);
        assertThat(found.entries()).isEqualTo(3);
        assertThat(found.content()).isEqualTo("为老人理发、关爱独居老人");
        assertThat(found.servedFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(found.servedTo()).isEqualTo(LocalDate.of(2026, 7, 30));
        assertThat(found.personInCharge()).isEqualTo("王书记");
        assertThat(found.handler()).isEqualTo("李管理员");
        assertThat(found.contact()).isEqualTo("0571-88888888");
        assertThat(found.issuedOn()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(found.issuedAt()).isEqualTo(T0);
        assertThat(found.verificationToken()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void findsNothingForAnUnknownIdOrToken() {
        assertThat(repository().find(new CertificateId(UUID.randomUUID()))).isEmpty();
        assertThat(repository().findByToken("no-such-token")).isEmpty();
    }

    @Test
    void findsACertificateByItsToken() {
        ServiceCertificate stored = repository().store(aCertificate(anIssuer(), aVolunteer(), 1, T0));

        assertThat(repository().findByToken(stored.verificationToken()).orElseThrow().id()).isEqualTo(stored.id());
    }

    @Test
    void rejectsStoringTheSameCertificateTwice() {
        ServiceCertificate stored = repository().store(aCertificate(anIssuer(), aVolunteer(), 1, T0));

        assertThatThrownBy(() -> repository().store(stored))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SharedError.STALE_VERSION));
    }

    @Test
    void rejectsASecondCertificateWithATakenNumber() {
        UnitId issuer = anIssuer();
        ServiceCertificate first = repository().store(aCertificate(issuer, aVolunteer(), 1, T0));
        ServiceCertificate rival = aCertificate(issuer, aVolunteer(), 1, T0.plusSeconds(60));

        assertThatThrownBy(() -> repository().store(rival))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SharedError.STALE_VERSION));
        assertThat(repository().find(rival.id())).isEmpty();
        assertThat(repository().find(first.id())).isPresent();
    }

    @Test
    void answersTheLastSequenceOfAPrefixPerYear() {
        UnitId issuer = anIssuer();
        String prefix = prefixOf(issuer);
        assertThat(repository().lastSequence(prefix, 2026)).isZero();

        repository().store(aCertificate(issuer, aVolunteer(), 1, T0));
        repository().store(aCertificate(issuer, aVolunteer(), 2, T0));
        repository().store(aCertificate(issuer, aVolunteer(), 1, Instant.parse("2027-02-01T02:00:00Z")));
        repository().store(aCertificate(anIssuer(), aVolunteer(), 9, T0));

        assertThat(repository().lastSequence(prefix, 2026)).isEqualTo(2);
        assertThat(repository().lastSequence(prefix, 2027)).isEqualTo(1);
        assertThat(repository().lastSequence(prefix, 2025)).isZero();
    }

    @Test
    void pagesAVolunteersCertificatesNewestFirst() {
        UnitId issuer = anIssuer();
        VolunteerId volunteer = aVolunteer();
        ServiceCertificate oldest = repository().store(aCertificate(issuer, volunteer, 1, T0));
        ServiceCertificate middle = repository().store(aCertificate(issuer, volunteer, 2, T0.plusSeconds(60)));
        ServiceCertificate newest = repository().store(aCertificate(issuer, volunteer, 3, T0.plusSeconds(120)));
        repository().store(aCertificate(issuer, aVolunteer(), 4, T0.plusSeconds(180)));

        Page<ServiceCertificate> first = repository().byVolunteer(volunteer, new PageRequest(0, 2));
        Page<ServiceCertificate> second = repository().byVolunteer(volunteer, new PageRequest(2, 2));

        assertThat(first.items()).extracting(ServiceCertificate::id).containsExactly(newest.id(), middle.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(ServiceCertificate::id).containsExactly(oldest.id());
        assertThat(second.hasMore()).isFalse();
    }
}
