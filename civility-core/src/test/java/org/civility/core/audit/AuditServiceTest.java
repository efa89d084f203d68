package org.civility.core.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.memory.InMemoryAuditTrail;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The heads of a subtree read its audit trail (DOMAIN §9); reads of care recipients' details leave a trace. */
class AuditServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final SettableClock clock = new SettableClock(NOW);
    private final AuditService service = new AuditService(trail, tree.units(), tree.access(), clock,
            IdSource.random());
    private final Actor headOfInstituteA = Actor.of("institute-a-head", new RoleGrant(Role.HEAD,
            tree.instituteA().id()));

    @Test
    @DisplayName("R-ACC-1 the head of an institute reads the trail of its whole subtree and nothing else")
    void aHeadReadsTheTrailOfTheSubtree() {
        // given entries at the institute, at its station, and at the other institute's station
        AuditEntry atInstitute = append(NOW.minusSeconds(30), tree.instituteA().id());
        AuditEntry atStation = append(NOW.minusSeconds(20), tree.stationA().id());
        append(NOW.minusSeconds(10), tree.stationB().id());

        // when
        var page = service.entries(headOfInstituteA, tree.instituteA().id(), NOW.minus(Duration.ofDays(1)), NOW,
                PageRequest.firstPage());

        // then
        assertThat(page.items()).containsExactly(atInstitute, atStation);
    }

    @Test
    @DisplayName("R-ACC-1 administrators do not read the trail of what administrators do")
    void administratorsDoNotReadTheTrail() {
        assertThatThrownBy(() -> service.entries(tree.adminOfInstituteA(), tree.instituteA().id(),
                NOW.minusSeconds(60), NOW, PageRequest.firstPage()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.entries(headOfInstituteA, tree.center().id(), NOW.minusSeconds(60), NOW,
                PageRequest.firstPage()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void aPeriodEndsAfterItStartsAndLastsAtMostAYear() {
        UnitId institute = tree.instituteA().id();

        assertThatThrownBy(() -> service.entries(headOfInstituteA, institute, NOW, NOW, PageRequest.firstPage()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("AUDIT-PERIOD"));
        assertThatThrownBy(() -> service.entries(headOfInstituteA, institute, NOW.minus(Duration.ofDays(400)), NOW,
                PageRequest.firstPage()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("AUDIT-PERIOD"));
    }

    @Test
    @DisplayName("R-HELP-1 a read of a care recipient's details is recorded for the heads above the recipient's unit")
    void aReadOfACareRecipientsDetailsIsRecorded() {
        // given
        CareRecipientId recipient = new CareRecipientId(UUID.randomUUID());

        // when
        AuditEntry entry = service.recordCareRecipientRead(tree.headOfStationA(), recipient, tree.stationA().id());

        // then
        assertThat(entry.action()).isEqualTo(AuditAction.CARE_RECIPIENT_READ);
        assertThat(entry.actor()).isEqualTo("station-a-head");
        assertThat(entry.subject()).isEqualTo(recipient.toString());
        assertThat(entry.subjectName()).isEmpty();
        assertThat(entry.units()).containsExactly(tree.stationA().id());
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(service.entries(tree.headOfCenter(), tree.center().id(), NOW.minusSeconds(1), NOW.plusSeconds(1),
                PageRequest.firstPage()).items()).containsExactly(entry);
    }

    @Test
    void anEntryNamesAtLeastOneUnitAndItsActor() {
        assertThatThrownBy(() -> new AuditEntry(new AuditEntryId(UUID.randomUUID()), NOW, "x",
                AuditAction.ROLE_GRANTED, "s", "", Set.of(), ""))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("AUDIT-ENTRY-INVALID"));
        assertThatThrownBy(() -> new AuditEntry(new AuditEntryId(UUID.randomUUID()), NOW, " ",
                AuditAction.ROLE_GRANTED, "s", "", Set.of(tree.stationA().id()), ""))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("AUDIT-ENTRY-INVALID"));
    }

    private AuditEntry append(Instant at, UnitId unit) {
        AuditEntry entry = new AuditEntry(new AuditEntryId(UUID.randomUUID()), at, "someone",
                AuditAction.ROLE_GRANTED, UUID.randomUUID().toString(), "zhao", Set.of(unit), "DUTY_STAFF");
        trail.append(entry);
        return entry;
    }
}
