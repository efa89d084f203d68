package org.civility.core.lecture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.access.Actor;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.PracticeForm;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryActivityRepository;
import org.civility.core.memory.InMemoryLectureRepository;
import org.civility.core.memory.InMemoryMaterialStorage;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.organisation.StaffAssignment;
import org.civility.core.organisation.StaffRole;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamKind;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.io.InputStream;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.aRecreation;
import static org.civility.core.fixtures.TeamFixtures.aMember;
import static org.civility.core.fixtures.TeamFixtures.aTeam;

class LectureServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-20T04:00:00Z");

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryLectureRepository lectures = new InMemoryLectureRepository();
    private final InMemoryMaterialStorage storage = new InMemoryMaterialStorage();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final LectureService service = new LectureService(lectures, tree.units(), teams, activities, storage,
            tree.access(), PolicySettings.defaults(), Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), IdSource.random(), EventPublisher.none());

    private final VolunteerId expert = new VolunteerId(UUID.randomUUID());
    private final VolunteerId grassroots = new VolunteerId(UUID.randomUUID());
    private final VolunteerId lecturer = new VolunteerId(UUID.randomUUID());
    private final VolunteerId stranger = new VolunteerId(UUID.randomUUID());

    private final Actor stationAdmin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, tree.stationA().id()));

    LectureServiceTest() {
        UnitId station = tree.stationA().id();
        teams.store(aTeam().at(station).ofKind(TeamKind.EXPERT).withMember(aMember(expert)).build());
        teams.store(aTeam().at(station).ofKind(TeamKind.GRASSROOTS_SPEAKER).withMember(aMember(grassroots)).build());
        teams.store(aTeam().at(station).ofKind(TeamKind.VOLUNTEER).withMember(aMember(stranger)).build());
        Unit institute = tree.units().find(tree.instituteA().id()).orElseThrow();
        institute.assignStaff(new StaffAssignment("陈文华", StaffRole.LECTURER, Optional.of(lecturer.value())));
        tree.units().store(institute);
    }

    private ScheduleLecture schedule(UnitId unit, VolunteerId speaker, Instant start) {
        return new ScheduleLecture(unit, "学习二十大精神", Set.of(LectureTheme.THOUGHT), start, start.plusSeconds(5400),
                speaker, "宣讲人", "备课提纲");
    }

    @Test
    @DisplayName("R-LECT-2 members of the expert and grassroots-speaker teams and lecturers of an ancestor may speak")
    void acceptsQualifiedSpeakers() {
        UnitId station = tree.stationA().id();
        for (VolunteerId speaker : new VolunteerId[] {expert, grassroots, lecturer}) {
            Lecture lecture = service.schedule(stationAdmin, schedule(station, speaker, NOW));
            assertThat(lecture.status()).isEqualTo(LectureStatus.PREPARED);
            assertThat(lecture.speaker()).isEqualTo(speaker);
        }
    }

    @Test
    @DisplayName("R-LECT-2 at a practice point the station's expert and speaker teams may speak, other teams not")
    void theStationsSpeakersMaySpeakAtItsPoints() {
        Unit point = tree.units().store(Unit.foundPoint(OrganisationFixtures.aUnitId(), "文化广场实践点",
                tree.stationA().id()));

        assertThat(service.schedule(stationAdmin, schedule(point.id(), grassroots, NOW)).unit()).isEqualTo(point.id());
        assertThatThrownBy(() -> service.schedule(stationAdmin, schedule(point.id(), stranger, NOW)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo(QualifiedSpeakerPolicy.RULE));
    }

    @Test
    @DisplayName("R-LECT-2 anyone else is rejected with the rule code")
    void rejectsAnUnqualifiedSpeaker() {
        assertThatThrownBy(() -> service.schedule(stationAdmin, schedule(tree.stationA().id(), stranger, NOW)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo(QualifiedSpeakerPolicy.RULE);
                    assertThat(e.args()).containsEntry("speaker", stranger);
                });
    }

    @Test
    @DisplayName("R-LECT-2 a lecturer gives only their own lecture; a manager may record it for them")
    void aLecturerGivesTheirOwnLecture() {
        UnitId station = tree.stationA().id();
        Actor speaker = new Actor("sun", Set.of(new RoleGrant(Role.LECTURER, station)), Optional.of(expert.value()));
        Actor otherLecturer = Actor.of("li", new RoleGrant(Role.LECTURER, station));
        Lecture lecture = service.schedule(speaker, schedule(station, expert, NOW));

        assertThatThrownBy(() -> service.recordGiven(otherLecturer, new RecordLectureGiven(lecture.id(), Optional.empty(), 3)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-NOT-SPEAKER"));
        Lecture given = service.recordGiven(speaker, new RecordLectureGiven(lecture.id(), Optional.empty(), 40));
        Lecture reviewed = service.review(otherLecturer, new ReviewLecture(lecture.id(), "联系群众生活", 4));

        assertThat(given.givenAt()).contains(NOW);
        assertThat(reviewed.status()).isEqualTo(LectureStatus.REVIEWED);
        assertThat(reviewed.reviewedBy()).contains("li");
    }

    @Test
    void anActorOfAnotherBranchIsDenied() {
        Actor other = tree.adminOfInstituteB();
        assertThatThrownBy(() -> service.schedule(other, schedule(tree.stationA().id(), expert, NOW)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.complianceReport(other, tree.instituteA().id(), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    @DisplayName("R-LECT-1 the compliance report lists every station with the months it held no lecture")
    void reportsStationsThatMissedAMonth() {
        UnitId station = tree.stationA().id();
        // held in March (Shanghai): 2026-02-28T16:30Z is 1 March 00:30 in Shanghai
        Lecture march = service.schedule(stationAdmin, schedule(station, expert, Instant.parse("2026-02-28T16:30:00Z")));
        service.recordGiven(stationAdmin, new RecordLectureGiven(march.id(), Optional.empty(), 20));
        // prepared only in April: does not count
        service.schedule(stationAdmin, schedule(station, expert, Instant.parse("2026-04-10T02:00:00Z")));

        LectureComplianceReport report = service.complianceReport(tree.headOfCenter(), tree.center().id(),
                YearMonth.of(2026, 2), YearMonth.of(2026, 4));

        assertThat(report.stations()).extracting(StationCompliance::station)
                .containsExactlyInAnyOrder(station, tree.stationB().id());
        StationCompliance a = report.stations().stream().filter(s -> s.station().equals(station)).findFirst().orElseThrow();
        assertThat(a.missingMonths()).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 4));
        assertThat(a.lectures()).isEqualTo(1);
        StationCompliance b = report.stations().stream().filter(s -> !s.station().equals(station)).findFirst().orElseThrow();
        assertThat(b.missingMonths()).hasSize(3);
        assertThat(report.missing()).hasSize(2);
    }

    @Test
    @DisplayName("R-LECT-1 a 讲 activity at one of the station's points, and a lecture held there, count for the month")
    void aLectureActivityAtAPointCountsForTheStation() {
        UnitId station = tree.stationA().id();
        Unit point = tree.units().store(Unit.foundPoint(OrganisationFixtures.aUnitId(), "幸福社区文化广场实践点", station));
        // a held 讲 activity at the point in February, one still planned in March (does not count), and a held
        // activity of another form in April (does not count)
        activities.store(aRecreation().at(point.id()).ofForm(PracticeForm.LECTURE)
                .startingAt(Instant.parse("2026-02-10T02:00:00Z")).withStatus(ActivityStatus.HELD).build());
        activities.store(aRecreation().at(point.id()).ofForm(PracticeForm.LECTURE)
                .startingAt(Instant.parse("2026-03-10T02:00:00Z")).build());
        activities.store(aRecreation().at(station).startingAt(Instant.parse("2026-04-10T02:00:00Z"))
                .withStatus(ActivityStatus.HELD).build());
        // a lecture given at the point in March
        Lecture march = service.schedule(stationAdmin, schedule(point.id(), expert, Instant.parse("2026-03-05T02:00:00Z")));
        service.recordGiven(stationAdmin, new RecordLectureGiven(march.id(), Optional.empty(), 15));

        LectureComplianceReport report = service.complianceReport(tree.headOfCenter(), tree.instituteA().id(),
                YearMonth.of(2026, 2), YearMonth.of(2026, 4));

        assertThat(report.stations()).singleElement().satisfies(line -> {
            assertThat(line.station()).isEqualTo(station);
            assertThat(line.lectures()).isEqualTo(2);
            assertThat(line.missingMonths()).containsExactly(YearMonth.of(2026, 4));
        });
    }

    @Test
    @DisplayName("R-LECT-1 a 讲 activity at the station itself counts; one at another station does not")
    void aLectureActivityCountsOnlyForItsOwnStation() {
        activities.store(aRecreation().at(tree.stationB().id()).ofForm(PracticeForm.LECTURE)
                .startingAt(Instant.parse("2026-02-10T02:00:00Z")).withStatus(ActivityStatus.HELD).build());
        activities.store(aRecreation().at(tree.stationA().id()).ofForm(PracticeForm.LECTURE)
                .startingAt(Instant.parse("2026-02-11T02:00:00Z")).withStatus(ActivityStatus.HELD).build());

        LectureComplianceReport report = service.complianceReport(tree.headOfCenter(), tree.center().id(),
                YearMonth.of(2026, 2), YearMonth.of(2026, 2));

        assertThat(report.stations()).allSatisfy(line -> {
            assertThat(line.lectures()).isEqualTo(1);
            assertThat(line.compliant()).isTrue();
        });
    }

    @Test
    @DisplayName("R-LECT-1 a period that ends before it starts is rejected")
    void rejectsAnInvertedPeriod() {
        assertThatThrownBy(() -> service.complianceReport(stationAdmin, tree.stationA().id(), YearMonth.of(2026, 5),
                YearMonth.of(2026, 4)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-PERIOD-INVALID"));
    }

    @Test
    @DisplayName("R-LECT-3 a material is stored through the port, hashed and filed by topic")
    void archivesAMaterialByTopic() throws IOException {
        Lecture lecture = service.schedule(stationAdmin, schedule(tree.stationA().id(), expert, NOW));
        byte[] bytes = "讲稿".getBytes(StandardCharsets.UTF_8);

        Lecture stored = service.archiveMaterial(stationAdmin, new ArchiveMaterial(lecture.id(), "讲稿.txt",
                MaterialKind.DOCUMENT, "text/plain; charset=UTF-8", bytes.length, Optional.of("理论宣讲")),
                new ByteArrayInputStream(bytes));

        LectureMaterial material = stored.materials().getFirst();
        assertThat(material.topic()).isEqualTo("理论宣讲");
        assertThat(material.contentType()).isEqualTo("text/plain");
        assertThat(material.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(bytes)));
        assertThat(storage.contains(material.storageKey())).isTrue();
        assertThat(service.openMaterial(stationAdmin, lecture.id(), material.id()).content().readAllBytes()).isEqualTo(bytes);
        assertThat(service.archive(stationAdmin, tree.stationA().id(), Optional.of("理论宣讲"),
                org.civility.core.shared.PageRequest.firstPage()).items())
                .extracting(a -> a.material().id()).containsExactly(material.id());
        assertThat(service.archive(stationAdmin, tree.stationA().id(), Optional.of("其他"),
                org.civility.core.shared.PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    @DisplayName("R-LECT-3 a material over its kind's limit is rejected naming the limit")
    void rejectsATooLargeMaterial() {
        Lecture lecture = service.schedule(stationAdmin, schedule(tree.stationA().id(), expert, NOW));
        long tooLarge = 20L * 1024 * 1024 + 1;

        assertThatThrownBy(() -> service.archiveMaterial(stationAdmin, new ArchiveMaterial(lecture.id(), "p.jpg",
                MaterialKind.PICTURE, "image/jpeg", tooLarge, Optional.empty()), new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("LECTURE-MATERIAL-TOO-LARGE");
                    assertThat(e.args()).containsEntry("limitMb", 20);
                });
    }

    @Test
    @DisplayName("R-LECT-3 a content type that does not fit the kind is rejected")
    void rejectsAWrongContentType() {
        Lecture lecture = service.schedule(stationAdmin, schedule(tree.stationA().id(), expert, NOW));

        assertThatThrownBy(() -> service.archiveMaterial(stationAdmin, new ArchiveMaterial(lecture.id(), "v.exe",
                MaterialKind.VIDEO, "application/octet-stream", 3, Optional.empty()), new ByteArrayInputStream(new byte[3])))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-MATERIAL-TYPE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "../../etc/passwd", "讲稿\n.txt", "a\u0000b.txt", "..", "子目录\\讲稿.txt"})
    @DisplayName("R-LECT-3 a file name is checked before a byte of the file is read or stored")
    void refusesABadFileNameUnread(String name) {
        Lecture lecture = service.schedule(stationAdmin, schedule(tree.stationA().id(), expert, NOW));
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the file was read");
            }
        };

        assertThatThrownBy(() -> service.archiveMaterial(stationAdmin, new ArchiveMaterial(lecture.id(), name,
                MaterialKind.DOCUMENT, "text/plain", 3, Optional.empty()), unread))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("LECTURE-MATERIAL-NAME"));
        assertThatThrownBy(() -> service.archiveMaterial(stationAdmin, new ArchiveMaterial(lecture.id(),
                "长".repeat(201), MaterialKind.DOCUMENT, "text/plain", 3, Optional.empty()), unread))
                .isInstanceOf(CivilityException.class);
        assertThat(lectures.find(lecture.id()).orElseThrow().materials()).isEmpty();
    }

    @Test
    @DisplayName("R-LECT-3 content longer than declared is rejected and its bytes removed")
    void rejectsContentLongerThanDeclared() {
        Lecture lecture = service.schedule(stationAdmin, schedule(tree.stationA().id(), expert, NOW));

        assertThatThrownBy(() -> service.archiveMaterial(stationAdmin, new ArchiveMaterial(lecture.id(), "a.txt",
                MaterialKind.DOCUMENT, "text/plain", 2, Optional.empty()), new ByteArrayInputStream(new byte[10])))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("INVALID-INPUT"));
        assertThat(lectures.find(lecture.id()).orElseThrow().materials()).isEmpty();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
