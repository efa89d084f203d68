package org.civility.core.certificate;

import org.civility.core.fixtures.RecordFixtures;
import org.civility.core.memory.InMemoryChainHeadRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.OrganisationFixtures.Tree;
import org.civility.core.memory.InMemoryServiceCertificateRepository;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.CheckIn;
import org.civility.core.record.CheckOut;
import org.civility.core.record.MakeUp;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.Volunteer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrganisationFixtures.aHead;
import static org.civility.core.fixtures.OrganisationFixtures.aTree;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

class CertificateServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-09-10T02:00:00Z");
    /** 2026-09-01 09:00 in Shanghai. */
    private static final Instant SEP_1 = Instant.parse("2026-09-01T01:00:00Z");
    private static final Instant SEP_5 = Instant.parse("2026-09-05T01:00:00Z");

    private final Tree tree = aTree();
    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryServiceRecordRepository records = new InMemoryServiceRecordRepository();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final InMemoryServiceCertificateRepository certificates = new InMemoryServiceCertificateRepository();
    private final Clock clock = Clock.fixed(NOW, ZONE);
    private final ServiceRecordService recording = new ServiceRecordService(records, new InMemoryChainHeadRepository(), RecordFixtures.SEAL, volunteers, tree.access(), clock,
            IdSource.random(), e -> { });
    private final CertificateService service = new CertificateService(certificates, records, tree.units(),
            volunteers, tree.access(), clock, IdSource.random(), events::add);

    private final Volunteer volunteer = volunteers.store(aVolunteer().named("王小明")
            .withResidentId("11010519491231002X").at(tree.stationA().id()).build());
    private final Actor stationAdmin = Actor.of("李管理员", new RoleGrant(Role.ADMINISTRATOR, tree.stationA().id()));
    private final Actor self = Actor.of("xiaoming", new RoleGrant(Role.VOLUNTEER, tree.stationA().id()))
            .asVolunteer(volunteer.id().value());
    private final Actor otherVolunteer = Actor.of("other", new RoleGrant(Role.VOLUNTEER, tree.stationA().id()))
            .asVolunteer(UUID.randomUUID());

    CertificateServiceTest() {
        Unit station = tree.units().find(tree.stationA().id()).orElseThrow();
        station.appoint(aHead("王书记"));
        tree.units().store(station);
    }

    private ServiceRecord served(UnitId unit, Instant start, int minutes, String what) {
        return served(unit, start, minutes, what, Optional.empty());
    }

    private ServiceRecord served(UnitId unit, Instant start, int minutes, String what,
            Optional<ServiceRecordId> corrects) {
        Actor admin = Actor.of("录入员", new RoleGrant(Role.ADMINISTRATOR, unit));
        return recording.makeUp(admin, new MakeUp(volunteer.id(), unit, Optional.empty(), what, "圆东村文化礼堂",
                start, start.plusSeconds(minutes * 60L), 240, corrects));
    }

    private IssueCertificate forStationA() {
        return IssueCertificate.of(volunteer.id(), tree.stationA().id(), "0571-88888888");
    }

    @Test
    @DisplayName("谁记录谁证明: the recording station issues a certificate with every item of 民发〔2015〕149号")
    void theRecordingStationIssuesACertificate() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");
        served(tree.stationA().id(), SEP_5, 60, "关爱独居老人");
        served(tree.stationA().id(), SEP_5.plusSeconds(7200), 30, "为老人理发");

        ServiceCertificate c = service.issue(stationAdmin, forStationA());

        assertThat(c.issuer()).isEqualTo(tree.stationA().id());
        assertThat(c.recordingUnit()).isEqualTo(tree.stationA().id());
        assertThat(c.issuerName()).isEqualTo(tree.stationA().name());
        assertThat(c.volunteerName()).isEqualTo("王小明");
        assertThat(c.idType()).isEqualTo(IdType.RESIDENT_ID_CARD);
        assertThat(c.idNumber()).isEqualTo("11010519491231002X");
        assertThat(c.maskedIdNumber()).isEqualTo("110***********002X");
        assertThat(c.volunteerNumber()).isEqualTo(volunteer.id().toString());
        assertThat(c.minutes()).isEqualTo(180);
        assertThat(c.hours()).isEqualByComparingTo(new BigDecimal("3"));
        assertThat(c.entries()).isEqualTo(3);
        assertThat(c.content()).isEqualTo("为老人理发、关爱独居老人");
        assertThat(c.servedFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(c.servedTo()).isEqualTo(LocalDate.of(2026, 9, 5));
        assertThat(c.personInCharge()).isEqualTo("王书记");
        assertThat(c.handler()).isEqualTo("李管理员");
        assertThat(c.contact()).isEqualTo("0571-88888888");
        assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(c.number()).isEqualTo(tree.stationA().id().toString().substring(0, 8).toUpperCase()
                + "-2026-000001");
        assertThat(c.verificationToken()).matches("[0-9a-f]{32}");
        assertThat(c.version()).isEqualTo(1);
        assertThat(events).containsExactly(new CertificateIssued(c.id(), c.number(), c.issuer(), c.recordingUnit(),
                volunteer.id(), 180, "李管理员", NOW));
    }

    @Test
    void numbersAnIssuersCertificatesInSequenceWithItsRegionCode() {
        Unit institute = tree.units().find(tree.instituteA().id()).orElseThrow();
        institute.relocate(Optional.of("330102-001"), Optional.empty());
        tree.units().store(institute);
        Unit station = tree.units().find(tree.stationA().id()).orElseThrow();
        station.relocate(Optional.of("330102001001"), Optional.empty());
        tree.units().store(station);
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");

        ServiceCertificate first = service.issue(stationAdmin, forStationA());
        ServiceCertificate second = service.issue(stationAdmin, forStationA());

        assertThat(first.number()).isEqualTo("330102001001-2026-000001");
        assertThat(second.number()).isEqualTo("330102001001-2026-000002");
        assertThat(second.verificationToken()).isNotEqualTo(first.verificationToken());
    }

    @Test
    @DisplayName("Hours come from current entries: a correction replaces what it corrects, an open check-in counts nothing")
    void countsOnlyCurrentClosedEntries() {
        ServiceRecord wrong = served(tree.stationA().id(), SEP_1, 120, "文明劝导");
        served(tree.stationA().id(), SEP_1, 45, "文明劝导", Optional.of(wrong.id()));
        Actor volunteerActor = Actor.of("xiaoming", new RoleGrant(Role.VOLUNTEER, tree.stationA().id()))
                .asVolunteer(volunteer.id().value());
        recording.checkIn(volunteerActor, new CheckIn(volunteer.id(), tree.stationA().id(), Optional.empty(), "值守",
                "站点", SEP_5, SEP_5.plusSeconds(7200), SEP_5, Optional.empty(), false));

        ServiceCertificate c = service.issue(stationAdmin, forStationA());

        assertThat(c.minutes()).isEqualTo(45);
        assertThat(c.entries()).isEqualTo(1);
        assertThat(c.content()).isEqualTo("文明劝导");
    }

    @Test
    void aClosedCheckInSessionCountsThroughItsCheckOut() {
        ServiceRecord session = recording.checkIn(self, new CheckIn(volunteer.id(), tree.stationA().id(),
                Optional.empty(), "值守", "站点", SEP_5, SEP_5.plusSeconds(7200), SEP_5, Optional.empty(), false));
        recording.checkOut(self, new CheckOut(session.id(), SEP_5.plusSeconds(100 * 60)));

        ServiceCertificate c = service.issue(stationAdmin, forStationA());

        assertThat(c.minutes()).isEqualTo(100);
        assertThat(c.hours()).isEqualByComparingTo(new BigDecimal("1.67"));
    }

    @Test
    void certifiesOnlyServiceThatStartedWithinTheGivenPeriod() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");
        served(tree.stationA().id(), SEP_5, 60, "关爱独居老人");

        ServiceCertificate c = service.issue(stationAdmin, new IssueCertificate(volunteer.id(), tree.stationA().id(),
                Optional.of(LocalDate.of(2026, 9, 2)), Optional.of(LocalDate.of(2026, 9, 30)),
                Optional.of("张副站长"), "0571-1"));

        assertThat(c.minutes()).isEqualTo(60);
        assertThat(c.servedFrom()).isEqualTo(LocalDate.of(2026, 9, 5));
        assertThat(c.personInCharge()).isEqualTo("张副站长");
    }

    @Test
    @DisplayName("谁记录谁证明: CERTIFICATE-NO-RECORDS where the unit recorded nothing of the volunteer")
    void refusesAUnitThatRecordedNothingOfTheVolunteer() {
        // the volunteer served at station B, checking in there with a code
        Actor atStationB = Actor.of("xiaoming", new RoleGrant(Role.VOLUNTEER, tree.stationB().id()))
                .asVolunteer(volunteer.id().value());
        ServiceRecord session = recording.checkIn(atStationB, new CheckIn(volunteer.id(), tree.stationB().id(),
                Optional.empty(), "为老人理发", "和平村", SEP_1, SEP_1.plusSeconds(5400), SEP_1, Optional.empty(), false));
        recording.checkOut(atStationB, new CheckOut(session.id(), SEP_1.plusSeconds(5400)));

        assertThatThrownBy(() -> service.issue(stationAdmin, forStationA()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("CERTIFICATE-NO-RECORDS");
                    assertThat(e.args()).containsEntry("unit", tree.stationA().id());
                });
        assertThat(events).isEmpty();
    }

    @Test
    void refusesAPeriodWithoutService() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");

        assertThatThrownBy(() -> service.issue(stationAdmin, new IssueCertificate(volunteer.id(),
                tree.stationA().id(), Optional.of(LocalDate.of(2026, 10, 1)), Optional.empty(), Optional.empty(),
                "0571-1")))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("CERTIFICATE-NO-RECORDS"));
    }

    @Test
    @DisplayName("谁记录谁证明: a dissolved station's records are certified by its parent institute")
    void theParentOfADissolvedStationIssues() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");
        Unit station = tree.units().find(tree.stationA().id()).orElseThrow();
        station.dissolve();
        tree.units().store(station);

        assertThatThrownBy(() -> service.issue(stationAdmin, forStationA()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        ServiceCertificate c = service.issue(tree.adminOfInstituteA(), new IssueCertificate(volunteer.id(),
                tree.stationA().id(), Optional.empty(), Optional.empty(), Optional.of("东街道所长"), "0571-2"));

        assertThat(c.issuer()).isEqualTo(tree.instituteA().id());
        assertThat(c.issuerName()).isEqualTo(tree.instituteA().name());
        assertThat(c.recordingUnit()).isEqualTo(tree.stationA().id());
        assertThat(c.minutes()).isEqualTo(90);
    }

    @Test
    @DisplayName("谁记录谁证明: past a dissolved institute the center issues; with everything dissolved nobody")
    void climbsPastEveryDissolvedAncestor() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");
        for (UnitId id : List.of(tree.stationA().id(), tree.instituteA().id())) {
            Unit unit = tree.units().find(id).orElseThrow();
            unit.dissolve();
            tree.units().store(unit);
        }
        IssueCertificate command = new IssueCertificate(volunteer.id(), tree.stationA().id(), Optional.empty(),
                Optional.empty(), Optional.of("县中心主任"), "0571-3");

        assertThat(service.issue(tree.headOfCenter(), command).issuer()).isEqualTo(tree.center().id());

        Unit center = tree.units().find(tree.center().id()).orElseThrow();
        center.dissolve();
        tree.units().store(center);
        assertThatThrownBy(() -> service.issue(tree.headOfCenter(), command))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("CERTIFICATE-NO-ISSUER"));
    }

    @Test
    void needsIssuePermissionAtTheIssuer() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");

        for (Actor denied : List.of(self, tree.adminOfInstituteB(), tree.residentOfStationA())) {
            assertThatThrownBy(() -> service.issue(denied, forStationA()))
                    .isInstanceOfSatisfying(CivilityException.class, e -> {
                        assertThat(e.code()).isEqualTo("ACCESS-DENIED");
                        assertThat(e.args()).containsEntry("permission", "ISSUE_CERTIFICATES");
                    });
        }
    }

    @Test
    void rejectsAReversedPeriodABlankContactAndAMissingPersonInCharge() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");
        served(tree.instituteA().id(), SEP_5, 90, "理论宣讲");

        assertThatThrownBy(() -> service.issue(stationAdmin, new IssueCertificate(volunteer.id(),
                tree.stationA().id(), Optional.of(LocalDate.of(2026, 9, 5)), Optional.of(LocalDate.of(2026, 9, 1)),
                Optional.empty(), "0571-1")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.args()).containsEntry("field", "to"));
        assertThatThrownBy(() -> service.issue(stationAdmin, IssueCertificate.of(volunteer.id(),
                tree.stationA().id(), "  ")))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.args()).containsEntry("field", "contact"));
        assertThatThrownBy(() -> service.issue(tree.adminOfInstituteA(), IssueCertificate.of(volunteer.id(),
                tree.instituteA().id(), "0571-2")))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("CERTIFICATE-INVALID");
                    assertThat(e.args()).containsEntry("field", "personInCharge");
                });
    }

    @Test
    void theVolunteerReadsTheirOwnCertificatesAndOthersOnlyWhereTheyIssue() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");
        ServiceCertificate c = service.issue(stationAdmin, forStationA());

        assertThat(service.get(self, c.id()).id()).isEqualTo(c.id());
        assertThat(service.get(stationAdmin, c.id()).id()).isEqualTo(c.id());
        assertThat(service.byVolunteer(self, volunteer.id(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(service.byVolunteer(tree.adminOfInstituteB(), volunteer.id(), PageRequest.first(10)).items())
                .isEmpty();
        assertThatThrownBy(() -> service.get(otherVolunteer, c.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.get(self, new CertificateId(UUID.randomUUID())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void verifiesByTokenWithTheIdNumberMasked() {
        served(tree.stationA().id(), SEP_1, 90, "为老人理发");
        ServiceCertificate c = service.issue(stationAdmin, forStationA());

        CertificateVerification v = service.verify(c.verificationToken());

        assertThat(v.number()).isEqualTo(c.number());
        assertThat(v.volunteerName()).isEqualTo("王小明");
        assertThat(v.maskedIdNumber()).isEqualTo("110***********002X");
        assertThat(v.hours()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(v.issuerName()).isEqualTo(tree.stationA().name());
        assertThat(v.toString()).doesNotContain("11010519491231002X");
        assertThatThrownBy(() -> service.verify("0".repeat(32)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
        assertThatThrownBy(() -> service.verify(null))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }
}
