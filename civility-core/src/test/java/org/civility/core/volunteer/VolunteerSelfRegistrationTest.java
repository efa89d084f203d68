package org.civility.core.volunteer;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.ErrorKind;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.CLOCK;
import static org.civility.core.fixtures.VolunteerFixtures.NOW;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;
import static org.civility.core.fixtures.VolunteerFixtures.residentIdAged;

/**
 * A signed-in resident registers themself as a volunteer (DOMAIN §3: real name, personal data
 * protected, minors only with a guardian's consent): the same checks as staff registration.
 */
class VolunteerSelfRegistrationTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryVolunteerRepository repository = new InMemoryVolunteerRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final VolunteerService service = new VolunteerService(repository, new AccessControl(tree),
            PolicySettings.defaults(), CLOCK, IdSource.random(), events::add);
    private final Actor resident = Actor.of("resident", new RoleGrant(Role.RESIDENT, tree.station));

    @Test
    void aResidentRegistersThemselfUnderTheirRealNameAtTheirStation() {
        // when
        Volunteer volunteer = service.registerSelf(resident, aVolunteer().at(tree.station).named("王芳").command());

        // then
        assertThat(volunteer.realName()).isEqualTo("王芳");
        assertThat(volunteer.homeUnit()).isEqualTo(tree.station);
        assertThat(repository.find(volunteer.id())).isPresent();
        assertThat(events).containsExactly(new VolunteerRegistered(volunteer.id(), tree.station, NOW));
    }

    @Test
    void aResidentRegistersThemselfAtAPointOfTheirStation() {
        assertThat(service.registerSelf(resident, aVolunteer().at(tree.point).command()).homeUnit()).isEqualTo(tree.point);
    }

    @Test
    void deniesSelfRegistrationAtAUnitWhereTheActorMayNotSignUp() {
        assertThatThrownBy(() -> service.registerSelf(resident, aVolunteer().at(tree.otherStation).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("ACCESS-DENIED");
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                });
        assertThat(events).isEmpty();
    }

    @Test
    void deniesSelfRegistrationToStaffWithoutSignUp() {
        Actor dutyStaff = Actor.of("duty", new RoleGrant(Role.DUTY_STAFF, tree.station));

        assertThatThrownBy(() -> service.registerSelf(dutyStaff, aVolunteer().at(tree.station).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void anActorLinkedToAVolunteerRecordCannotRegisterAgain() {
        // given
        UUID own = UUID.randomUUID();
        Actor volunteer = Actor.of("vol", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(own);

        // then
        assertThatThrownBy(() -> service.registerSelf(volunteer, aVolunteer().at(tree.station).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-LINKED");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.args()).containsEntry("volunteerId", own);
                });
        assertThat(events).isEmpty();
    }

    @Test
    void aMinorCannotRegisterThemselfWithoutGuardianConsent() {
        assertThatThrownBy(() -> service.registerSelf(resident, aVolunteer().at(tree.station).aged(15).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-GUARDIAN-CONSENT");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                    assertThat(e.args()).containsEntry("age", 15).containsEntry("belowAge", 18);
                });
        assertThat(events).isEmpty();
    }

    @Test
    void aMinorRegistersThemselfWithGuardianConsent() {
        Volunteer minor = service.registerSelf(resident,
                aVolunteer().at(tree.station).aged(15).withGuardianConsent().command());

        assertThat(minor.guardianConsent()).isPresent();
    }

    @Test
    void aChildBelowTheMinimumAgeCannotRegisterThemselfEvenWithConsent() {
        assertThatThrownBy(() -> service.registerSelf(resident,
                aVolunteer().at(tree.station).aged(7).withGuardianConsent().command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VOLUNTEER-TOO-YOUNG"));
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIsRejected() {
        assertThatThrownBy(() -> service.registerSelf(resident,
                aVolunteer().at(tree.station).withResidentId("110105194912310025").command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VOLUNTEER-ID-CHECK-DIGIT"));
        assertThat(events).isEmpty();
    }

    @Test
    void anIdNumberRegisteredByStaffCannotBeRegisteredAgainBySelfRegistration() {
        // given
        String number = residentIdAged(40);
        Actor administrator = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.institute));
        service.register(administrator, aVolunteer().at(tree.station).withResidentId(number).command());

        // then
        assertThatThrownBy(() -> service.registerSelf(resident,
                aVolunteer().at(tree.station).withResidentId(number).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-REGISTERED");
                    assertThat(e.getMessage()).doesNotContain(number);
                });
    }

    @Test
    void theNewVolunteerSeesTheirOwnDataInFullOnceLinked() {
        // given
        Volunteer volunteer = service.registerSelf(resident, aVolunteer().at(tree.station).command());

        // when
        VolunteerView view = service.view(resident.asVolunteer(volunteer.id().value()), volunteer.id());

        // then
        assertThat(view.idNumber()).isEqualTo(volunteer.residentId().value());
    }
}
