package org.civility.core.volunteer;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.ErrorKind;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.CLOCK;
import static org.civility.core.fixtures.VolunteerFixtures.NOW;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;
import static org.civility.core.fixtures.VolunteerFixtures.residentIdAged;

class VolunteerRegistrationTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryVolunteerRepository repository = new InMemoryVolunteerRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Actor administrator = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.institute));

    private VolunteerService service(PolicySettings settings) {
        return new VolunteerService(repository, new AccessControl(tree), settings, CLOCK, IdSource.random(), events::add);
    }

    private final VolunteerService service = service(PolicySettings.defaults());

    @Test
    void registersAnAdultAndAnnouncesIt() {
        // when
        Volunteer volunteer = service.register(administrator, aVolunteer().at(tree.station).named("张伟").command());

        // then
        assertThat(volunteer.version()).isEqualTo(1);
        assertThat(volunteer.registeredAt()).isEqualTo(NOW);
        assertThat(repository.find(volunteer.id())).isPresent();
        assertThat(events).containsExactly(new VolunteerRegistered(volunteer.id(), tree.station, NOW));
    }

    @Test
    void deniesRegistrationByAnActorOfAnotherBranch() {
        // given
        Actor elsewhere = Actor.of("other", new RoleGrant(Role.ADMINISTRATOR, tree.otherInstitute));

        // then
        assertThatThrownBy(() -> service.register(elsewhere, aVolunteer().at(tree.station).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("ACCESS-DENIED");
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                });
        assertThat(events).isEmpty();
    }

    @Test
    void deniesRegistrationByAPlainVolunteer() {
        Actor volunteer = Actor.of("vol", new RoleGrant(Role.VOLUNTEER, tree.station));

        assertThatThrownBy(() -> service.register(volunteer, aVolunteer().at(tree.station).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void rejectsAFifteenYearOldWithoutGuardianConsent() {
        assertThatThrownBy(() -> service.register(administrator, aVolunteer().at(tree.station).aged(15).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-GUARDIAN-CONSENT");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                    assertThat(e.args()).containsEntry("age", 15).containsEntry("belowAge", 18);
                });
        assertThat(events).isEmpty();
    }

    @Test
    void registersAFifteenYearOldWithGuardianConsent() {
        // when
        Volunteer minor = service.register(administrator,
                aVolunteer().at(tree.station).aged(15).withGuardianConsent().command());

        // then
        assertThat(minor.guardianConsent()).isPresent();
    }

    @Test
    void registersAnEighteenYearOldWithoutConsent() {
        assertThat(service.register(administrator, aVolunteer().at(tree.station).aged(18).command())).isNotNull();
    }

    @Test
    void rejectsChildrenBelowTheMinimumAgeEvenWithConsent() {
        assertThatThrownBy(() -> service.register(administrator,
                aVolunteer().at(tree.station).aged(7).withGuardianConsent().command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-TOO-YOUNG");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                    assertThat(e.args()).containsEntry("minimumAge", 8);
                });
        assertThat(service.register(administrator, aVolunteer().at(tree.station).aged(8).withGuardianConsent().command()))
                .isNotNull();
    }

    @Test
    void readsTheAgeSettingsEffectiveAtTheHomeUnit() {
        // given a station that raised both thresholds
        VolunteerService strict = service(settingsAt(tree.station, 20, 12));

        // then
        assertThatThrownBy(() -> strict.register(administrator, aVolunteer().at(tree.station).aged(19).command()))
                .isInstanceOfSatisfying(CivilityException.class, e ->
                        assertThat(e.code()).isEqualTo("VOLUNTEER-GUARDIAN-CONSENT"));
        assertThatThrownBy(() -> strict.register(administrator,
                aVolunteer().at(tree.station).aged(10).withGuardianConsent().command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VOLUNTEER-TOO-YOUNG"));
        Actor centerHead = Actor.of("head", new RoleGrant(Role.HEAD, tree.center));
        assertThat(strict.register(centerHead, aVolunteer().at(tree.otherStation).aged(19).command())).isNotNull();
    }

    @Test
    void registersOneResidentIdOnce() {
        // given
        String number = residentIdAged(40);
        service.register(administrator, aVolunteer().at(tree.station).withResidentId(number).command());

        // then
        assertThatThrownBy(() -> service.register(administrator,
                aVolunteer().at(tree.institute).withResidentId(number.toLowerCase()).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-REGISTERED");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.getMessage()).doesNotContain(number);
                });
    }

    @Test
    void aNumberRegisteredInAnotherBranchIsRefusedWithoutSayingWhereOrByWhom() {
        // given the number is registered at the other branch
        String number = residentIdAged(40);
        Volunteer there = service.register(Actor.of("other-admin", new RoleGrant(Role.ADMINISTRATOR, tree.otherInstitute)),
                aVolunteer().at(tree.otherStation).named("赵四").withResidentId(number).command());

        // then registering it here says it is taken, and nothing about the registration
        assertThatThrownBy(() -> service.register(administrator,
                aVolunteer().at(tree.station).named("赵四").withResidentId(number).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-REGISTERED");
                    assertThat(e.args()).containsOnlyKeys("idNumber").doesNotContainValue(number);
                    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                        assertThat(e.detail(locale)).doesNotContain(number, tree.otherStation.toString(),
                                tree.otherInstitute.toString(), there.id().toString(), "赵四");
                    }
                });
    }

    @Test
    void rejectsAMalformedIdNumberBeforeStoringAnything() {
        assertThatThrownBy(() -> service.register(administrator,
                aVolunteer().at(tree.station).withResidentId("110105194912310025").command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VOLUNTEER-ID-CHECK-DIGIT"));
        assertThat(events).isEmpty();
    }

    private static PolicySettings settingsAt(UnitId unit, int consentBelow, int minimumAge) {
        return new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId at) {
                if (at.equals(unit) && key.equals(VolunteerSettings.GUARDIAN_CONSENT_BELOW_AGE)) {
                    return (T) Integer.valueOf(consentBelow);
                }
                if (at.equals(unit) && key.equals(VolunteerSettings.MINIMUM_AGE)) {
                    return (T) Integer.valueOf(minimumAge);
                }
                return key.defaultValue();
            }
        };
    }

    @Test
    void registersManyAtOnceAndRefusesEachOneThatBreaksARuleWithItsCode() {
        // given
        Volunteer earlier = service.register(administrator, aVolunteer().at(tree.station).command());
        events.clear();
        String twice = residentIdAged(40);
        String afterAMistake = residentIdAged(50);
        List<RegisterVolunteer> commands = List.of(
                aVolunteer().at(tree.station).named("张伟").command(),
                aVolunteer().at(tree.station).aged(15).command(),
                aVolunteer().at(tree.station).withResidentId(earlier.residentId().value()).command(),
                aVolunteer().at(tree.station).withResidentId(twice).command(),
                aVolunteer().at(tree.station).withResidentId(twice).command(),
                aVolunteer().at(tree.otherStation).command(),
                aVolunteer().at(tree.station).aged(6).withGuardianConsent().command(),
                aVolunteer().at(tree.station).named(" ").withResidentId(afterAMistake).command(),
                aVolunteer().at(tree.station).withResidentId(afterAMistake).command());

        // when
        List<Registration> outcomes = service.registerAll(administrator, commands);

        // then
        assertThat(outcomes).extracting(VolunteerRegistrationTest::codeOf).containsExactly(
                "registered", "VOLUNTEER-GUARDIAN-CONSENT", "VOLUNTEER-ALREADY-REGISTERED", "registered",
                "VOLUNTEER-ALREADY-REGISTERED", "ACCESS-DENIED", "VOLUNTEER-TOO-YOUNG", "VOLUNTEER-NAME-INVALID",
                "registered");
        Volunteer registered = ((Registration.Registered) outcomes.getFirst()).volunteer();
        assertThat(repository.find(registered.id())).map(Volunteer::realName).contains("张伟");
        assertThat(repository.findByResidentId(ResidentIdNumber.of(twice))).isPresent();
        assertThat(events).hasSize(3).contains(new VolunteerRegistered(registered.id(), tree.station, NOW));
    }

    private static String codeOf(Registration outcome) {
        return switch (outcome) {
            case Registration.Registered ignored -> "registered";
            case Registration.Refused(CivilityException e) -> e.code();
        };
    }
}
