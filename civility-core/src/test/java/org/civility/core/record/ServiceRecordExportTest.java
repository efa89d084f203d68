package org.civility.core.record;

import org.civility.core.fixtures.RecordFixtures;
import org.civility.core.memory.InMemoryChainHeadRepository;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemoryUnitRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.RepositoryUnitHierarchy;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerOrigin;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceRecordExportTest {

    private static final Instant NOW = Instant.parse("2026-09-30T10:00:00Z");
    private static final Instant SEPT = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant OCT = Instant.parse("2026-10-01T00:00:00Z");

    private final InMemoryUnitRepository units = new InMemoryUnitRepository();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final InMemoryServiceRecordRepository records = new InMemoryServiceRecordRepository();
    private final AccessControl access = new AccessControl(new RepositoryUnitHierarchy(units));
    private final ServiceRecordService service = new ServiceRecordService(records, new InMemoryChainHeadRepository(), RecordFixtures.SEAL, volunteers, access,
            Clock.fixed(NOW, ZoneOffset.UTC), IdSource.random(), e -> { });
    private final ServiceRecordExport export = new ServiceRecordExport(records, units, volunteers, access);

    private final UnitId center = unit(Unit::foundCenter, "县文明实践中心");
    private final UnitId institute = unit((id, n) -> Unit.foundInstitute(id, n, center), "幸福镇实践所");
    private final UnitId station = unit((id, n) -> Unit.foundStation(id, n, institute), "幸福村实践站");
    private final UnitId point = unit((id, n) -> Unit.foundPoint(id, n, station), "幸福村书屋实践点");
    private final UnitId otherInstitute = unit((id, n) -> Unit.foundInstitute(id, n, center), "别镇实践所");
    private final VolunteerId zhang = volunteer("张志愿", "330100199003150211", station);
    private final VolunteerId wang = volunteer("王志愿", "330100198805060322", otherInstitute);
    private final Actor instituteAdmin = Actor.of("所管理员", new RoleGrant(Role.ADMINISTRATOR, institute));
    private final Actor stationAdmin = Actor.of("站管理员", new RoleGrant(Role.ADMINISTRATOR, station));

    @Test
    void listsTheEffectiveEntriesOfTheWholeSubtreeInThePeriodWithNames() {
        ServiceRecord first = made(station, SEPT.plus(1, ChronoUnit.DAYS), 120, Optional.empty());
        made(station, SEPT.plus(1, ChronoUnit.DAYS), 90, Optional.of(first.id()));
        made(point, SEPT.plus(3, ChronoUnit.DAYS), 60, Optional.empty());
        made(station, SEPT.minus(2, ChronoUnit.DAYS), 60, Optional.empty());
        made(wang, otherInstitute, SEPT.plus(5, ChronoUnit.DAYS), 60);

        List<ExportedRecord> lines = export.entries(instituteAdmin, institute, SEPT, OCT);

        assertThat(lines).extracting(l -> l.entry().minutes()).containsExactly(90, 60);
        assertThat(lines).extracting(ExportedRecord::unitName).containsExactly("幸福村实践站", "幸福村书屋实践点");
        assertThat(lines).extracting(ExportedRecord::volunteerName).containsOnly("张志愿");
        assertThat(lines).extracting(ExportedRecord::status).containsOnly(RecordStatus.COMPLETED);
    }

    @Test
    void needsViewAtTheUnit() {
        assertThatThrownBy(() -> export.entries(stationAdmin, institute, SEPT, OCT))
                .isInstanceOf(CivilityException.class)
                .extracting(e -> ((CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
    }

    @Test
    void residentsAndVolunteersCannotDownloadTheStationsExportButItsStaffCan() {
        made(station, SEPT.plus(1, ChronoUnit.DAYS), 60, Optional.empty());
        Actor resident = Actor.of("村民", new RoleGrant(Role.RESIDENT, station));
        Actor volunteer = Actor.of("张志愿", new RoleGrant(Role.VOLUNTEER, station)).asVolunteer(zhang.value());

        assertThatThrownBy(() -> export.entries(resident, station, SEPT, OCT))
                .extracting(e -> ((CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
        assertThatThrownBy(() -> export.entries(volunteer, station, SEPT, OCT))
                .extracting(e -> ((CivilityException) e).code()).isEqualTo("ACCESS-DENIED");
        assertThat(export.entries(stationAdmin, station, SEPT, OCT)).hasSize(1);
    }

    @Test
    void rejectsAReversedOrTooLongPeriod() {
        assertThatThrownBy(() -> export.entries(instituteAdmin, institute, OCT, SEPT))
                .extracting(e -> ((CivilityException) e).code()).isEqualTo("RECORD-EXPORT-PERIOD");
        assertThatThrownBy(() -> export.entries(instituteAdmin, institute, SEPT,
                SEPT.plus(ServiceRecordExport.MAX_DAYS + 1, ChronoUnit.DAYS)))
                .extracting(e -> ((CivilityException) e).code()).isEqualTo("RECORD-EXPORT-PERIOD");
    }

    private ServiceRecord made(UnitId unit, Instant start, int minutes, Optional<ServiceRecordId> corrects) {
        Actor admin = Actor.of("管理员", new RoleGrant(Role.ADMINISTRATOR, center));
        return service.makeUp(admin, new MakeUp(zhang, unit, Optional.empty(), "为老人理发", "文化礼堂", start,
                start.plus(minutes, ChronoUnit.MINUTES), 180, corrects));
    }

    private UnitId unit(java.util.function.BiFunction<UnitId, String, Unit> found, String name) {
        UnitId id = new UnitId(UUID.randomUUID());
        units.store(found.apply(id, name));
        return id;
    }

    private ServiceRecord made(VolunteerId volunteer, UnitId unit, Instant start, int minutes) {
        Actor admin = Actor.of("管理员", new RoleGrant(Role.ADMINISTRATOR, center));
        return service.makeUp(admin, new MakeUp(volunteer, unit, Optional.empty(), "文明劝导", "路口", start,
                start.plus(minutes, ChronoUnit.MINUTES), 180, Optional.empty()));
    }

    private VolunteerId volunteer(String name, String first17AndCheck, UnitId homeUnit) {
        String first17 = first17AndCheck.substring(0, 17);
        VolunteerId id = new VolunteerId(UUID.randomUUID());
        volunteers.store(Volunteer.register(id, homeUnit, name,
                ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17)), PhoneNumber.of("13800000001"),
                VolunteerOrigin.RESIDENT, List.of(), Optional.empty(), NOW));
        return id;
    }
}
