package org.civility.core.activity;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryActivityRecordRepository;
import org.civility.core.memory.InMemoryActivityRepository;
import org.civility.core.memory.InMemoryMaterialStorage;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.Volunteer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.aRecreation;
import static org.civility.core.fixtures.ActivityRecordFixtures.aJpeg;
import static org.civility.core.fixtures.ActivityRecordFixtures.aPng;
import static org.civility.core.fixtures.RecordFixtures.anEntry;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

class ActivityRecordServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-20T04:00:00Z");
    /** 15 March 2026, 09:00 in Shanghai. */
    private static final Instant IN_MARCH = Instant.parse("2026-03-15T01:00:00Z");

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final InMemoryActivityRecordRepository records = new InMemoryActivityRecordRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final InMemoryServiceRecordRepository serviceRecords = new InMemoryServiceRecordRepository();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final InMemoryMaterialStorage storage = new InMemoryMaterialStorage();
    private final List<DomainEvent> events = new ArrayList<>();
    private final ActivityRecordService service = new ActivityRecordService(records, activities, serviceRecords,
            volunteers, tree.units(), storage, tree.access(), PolicySettings.defaults(), Clock.fixed(NOW, ZONE),
            IdSource.random(), events::add, ZONE);

    private final UnitId station = tree.stationA().id();
    private final Actor admin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, station));
    private final Actor resident = tree.residentOfStationA();

    private Activity held(UnitId unit, Instant start) {
        return activities.store(aRecreation().at(unit).titled("重阳敬老文艺汇演").startingAt(start)
                .withStatus(ActivityStatus.HELD).build());
    }

    private Volunteer checkedIn(Activity activity, String name) {
        return checkedIn(activity, name, Duration.ZERO);
    }

    /** A volunteer who checked in {@code late} after the start and stayed to the end. */
    private Volunteer checkedIn(Activity activity, String name, Duration late) {
        Volunteer volunteer = volunteers.store(aVolunteer().at(station).named(name).build());
        Optional<ServiceRecord> last = serviceRecords.lastOf(station);
        serviceRecords.append(anEntry(station, last, volunteer.id(), activity.id().value(),
                activity.schedule().start().plus(late), Optional.of(activity.schedule().end()),
                Optional.<ServiceRecordId>empty()));
        return volunteer;
    }

    private ActivityRecord addPng(Actor actor, Activity activity, byte[] bytes) {
        return service.addPhoto(actor, new AddRecordPhoto(activity.id(), Optional.of("合影.png"),
                Optional.of("image/png"), bytes.length), new ByteArrayInputStream(bytes), null);
    }

    @Test
    @DisplayName("R-ACT-1 a held activity keeps attendance from its check-ins plus names added by hand")
    void keepsAttendanceFromCheckInsAndNamesByHand() {
        // given: two volunteers checked in, one of them twice
        Activity activity = held(station, IN_MARCH);
        Volunteer zhou = checkedIn(activity, "周建国");
        Volunteer li = checkedIn(activity, "李红", Duration.ofMinutes(5));
        serviceRecords.append(anEntry(station, serviceRecords.lastOf(station), zhou.id(), activity.id().value(),
                IN_MARCH.plusSeconds(60), Optional.empty(), Optional.empty()));

        // when
        ActivityRecord record = service.keep(admin, new KeepActivityRecord(activity.id(), "为老人表演节目，送上慰问品。",
                List.of("王秀英")), null);

        // then
        assertThat(record.checkedIn()).extracting(Attendee::name).containsExactly("周建国", "李红");
        assertThat(record.checkedIn()).extracting(Attendee::volunteer).containsExactly(zhou.id(), li.id());
        assertThat(record.addedByHand()).containsExactly("王秀英");
        assertThat(record.attendance()).isEqualTo(3);
        assertThat(record.title()).isEqualTo("重阳敬老文艺汇演");
        assertThat(record.keptBy()).isEqualTo("station-admin");
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.complete()).isFalse();
        assertThat(events).containsExactly(new ActivityRecordKept(activity.id(), station, 3, 0, false, NOW));
    }

    @Test
    @DisplayName("R-ACT-1 a later check-in shows when the record changes next")
    void takesTheCheckInsAgainWhenTheRecordChanges() {
        Activity activity = held(station, IN_MARCH);
        ActivityRecord first = service.keep(admin, new KeepActivityRecord(activity.id(), "小结", List.of()), null);
        assertThat(first.attendance()).isZero();

        checkedIn(activity, "周建国");
        ActivityRecord second = addPng(admin, activity, aPng(64));

        assertThat(second.checkedIn()).extracting(Attendee::name).containsExactly("周建国");
        assertThat(second.complete()).isTrue();
    }

    @Test
    @DisplayName("R-ACT-1 a photo is stored through the storage port with its digest, and read back")
    void storesAPhotoAndReadsItBack() throws IOException {
        // given
        Activity activity = held(station, IN_MARCH);
        byte[] png = aPng(300);

        // when
        ActivityRecord record = addPng(admin, activity, png);

        // then
        RecordPhoto photo = record.photos().getFirst();
        assertThat(photo.type()).isEqualTo(ImageType.PNG);
        assertThat(photo.size()).isEqualTo(300);
        assertThat(photo.sha256()).hasSize(64);
        assertThat(photo.name()).isEqualTo("合影.png");
        assertThat(photo.storageKey()).startsWith("activity-records/" + station + "/" + activity.id() + "/");
        assertThat(storage.contains(photo.storageKey())).isTrue();
        assertThat(record.summary()).isEmpty();
        try (InputStream in = service.openPhoto(resident, activity.id(), photo.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(png);
        }
    }

    @Test
    void namesAnUnnamedPhotoAfterItsIdAndType() {
        Activity activity = held(station, IN_MARCH);
        byte[] jpeg = aJpeg(50);

        ActivityRecord record = service.addPhoto(admin, new AddRecordPhoto(activity.id(), Optional.empty(),
                Optional.empty(), jpeg.length), new ByteArrayInputStream(jpeg), null);

        RecordPhoto photo = record.photos().getFirst();
        assertThat(photo.name()).isEqualTo(photo.id() + ".jpg");
        assertThat(photo.type()).isEqualTo(ImageType.JPEG);
    }

    @Test
    @DisplayName("R-ACT-1 a file that is no picture is refused and nothing is stored")
    void refusesAFileThatIsNoPicture() {
        Activity activity = held(station, IN_MARCH);
        byte[] exe = "MZ\u0090 pretending to be a picture".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> service.addPhoto(admin, new AddRecordPhoto(activity.id(), Optional.of("a.png"),
                Optional.of("image/png"), exe.length), new ByteArrayInputStream(exe), null))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACTIVITY-RECORD-PHOTO-TYPE"));
        assertThat(records.find(activity.id())).isEmpty();
    }

    @Test
    void refusesContentThatIsNotTheDeclaredSizeAndRemovesItsBytes() {
        Activity activity = held(station, IN_MARCH);
        byte[] png = aPng(100);

        assertThatThrownBy(() -> service.addPhoto(admin, new AddRecordPhoto(activity.id(), Optional.empty(),
                Optional.of("image/png"), 60), new ByteArrayInputStream(png), null))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("INVALID-INPUT"));
        assertThatThrownBy(() -> service.addPhoto(admin, new AddRecordPhoto(activity.id(), Optional.empty(),
                Optional.of("image/png"), 200), new ByteArrayInputStream(png), null))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("INVALID-INPUT"));
        assertThat(records.find(activity.id())).isEmpty();
    }

    @Test
    void removesAPhotoAndItsBytes() {
        Activity activity = held(station, IN_MARCH);
        ActivityRecord withPhoto = addPng(admin, activity, aPng(64));
        RecordPhoto photo = withPhoto.photos().getFirst();

        ActivityRecord after = service.removePhoto(admin, activity.id(), photo.id(), withPhoto.version());

        assertThat(after.photos()).isEmpty();
        assertThat(storage.contains(photo.storageKey())).isFalse();
        assertThatThrownBy(() -> service.openPhoto(admin, activity.id(), photo.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    @DisplayName("R-ACT-1 a planned activity keeps no record, even after its end")
    void refusesARecordForAnActivityNotHeld() {
        Activity planned = activities.store(aRecreation().at(station).startingAt(IN_MARCH).build());

        assertThatThrownBy(() -> service.keep(admin, new KeepActivityRecord(planned.id(), "小结", List.of()), null))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACTIVITY-RECORD-NOT-HELD"));
        assertThatThrownBy(() -> addPng(admin, planned, aPng(64)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACTIVITY-RECORD-NOT-HELD"));
    }

    @Test
    @DisplayName("R-ACT-1 keeping a record needs MANAGE_ACTIVITIES at the activity's unit, checked before the version")
    void needsManageActivitiesBeforeTheVersionIsChecked() {
        Activity activity = held(station, IN_MARCH);
        Actor elsewhere = tree.adminOfInstituteB();

        for (Actor actor : List.of(resident, elsewhere)) {
            assertThatThrownBy(() -> service.keep(actor, new KeepActivityRecord(activity.id(), "小结", List.of()), 7L))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
            assertThatThrownBy(() -> addPng(actor, activity, aPng(64)))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        }
        assertThat(service.keep(tree.adminOfInstituteA(), new KeepActivityRecord(activity.id(), "小结", List.of()),
                0L).version()).isEqualTo(1);
    }

    @Test
    void refusesAStaleExpectedVersion() {
        Activity activity = held(station, IN_MARCH);
        ActivityRecord kept = service.keep(admin, new KeepActivityRecord(activity.id(), "小结", List.of()), 0L);

        assertThatThrownBy(() -> service.keep(admin, new KeepActivityRecord(activity.id(), "新", List.of()), 0L))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(service.keep(admin, new KeepActivityRecord(activity.id(), "新", List.of()), kept.version())
                .summary()).isEqualTo("新");
    }

    @Test
    void readersWithViewSeeTheRecordButOnlyManagersSeeNames() {
        Activity activity = held(station, IN_MARCH);
        service.keep(admin, new KeepActivityRecord(activity.id(), "小结", List.of("王秀英")), null);

        ActivityRecord read = service.get(resident, activity.id());

        assertThat(read.attendance()).isEqualTo(1);
        assertThat(service.showsNames(resident, read)).isFalse();
        assertThat(service.showsNames(admin, read)).isTrue();
        assertThatThrownBy(() -> service.get(tree.adminOfInstituteB(), activity.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        Activity without = held(station, IN_MARCH);
        assertThatThrownBy(() -> service.get(resident, without.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    @DisplayName("R-ACT-1 a station's month of records covers its points and lists held activities without a record")
    void gathersTheMonthOfAStationAndItsPoints() {
        // given: a record at the station, one at its point, a held activity without record, and others outside
        Unit point = tree.units().store(Unit.foundPoint(OrganisationFixtures.aUnitId(), "文化广场实践点", station));
        Activity atPoint = held(point.id(), IN_MARCH.minus(Duration.ofDays(5)));
        Activity atStation = held(station, IN_MARCH);
        Activity noRecord = held(station, IN_MARCH.plus(Duration.ofDays(2)));
        Activity april = held(station, Instant.parse("2026-03-31T16:00:00Z"));
        Activity february = held(station, Instant.parse("2026-02-28T15:59:59Z"));
        for (Activity a : List.of(atPoint, atStation, april, february)) {
            service.keep(admin, new KeepActivityRecord(a.id(), "小结", List.of("王秀英")), null);
        }
        addPng(admin, atStation, aPng(64));
        activities.store(aRecreation().at(station).startingAt(IN_MARCH).build());

        // when
        MonthOfRecords month = service.month(tree.adminOfInstituteA(), station, YearMonth.of(2026, 3));

        // then
        assertThat(month.unitName()).isEqualTo(tree.stationA().name());
        assertThat(month.records()).extracting(l -> l.record().activity())
                .containsExactly(atPoint.id(), atStation.id());
        assertThat(month.records()).extracting(MonthOfRecords.Line::unitName)
                .containsExactly("文化广场实践点", tree.stationA().name());
        assertThat(month.missing()).extracting(g -> g.activity().id()).containsExactly(noRecord.id());
        assertThat(month.complete()).isEqualTo(1);
    }

    @Test
    void theMonthNeedsManageActivitiesAtTheUnit() {
        assertThatThrownBy(() -> service.month(resident, station, YearMonth.of(2026, 3)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.month(tree.adminOfInstituteB(), station, YearMonth.of(2026, 3)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }
}
