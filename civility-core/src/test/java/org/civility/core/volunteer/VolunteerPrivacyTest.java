package org.civility.core.volunteer;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.CLOCK;
import static org.civility.core.fixtures.VolunteerFixtures.SAMPLE_ID;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

/** ID and phone numbers are never shown in full outside the volunteer's own record (DOMAIN §3). */
class VolunteerPrivacyTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryVolunteerRepository repository = new InMemoryVolunteerRepository();
    private final VolunteerService service = new VolunteerService(repository, new AccessControl(tree),
            PolicySettings.defaults(), CLOCK, IdSource.random(), EventPublisher.none());
    private Volunteer wang;

    @BeforeEach
    void registerOne() {
        wang = repository.store(aVolunteer().at(tree.station).named("王芳").withResidentId(SAMPLE_ID)
                .withPhone("13812345678").build());
    }

    @Test
    void showsTheVolunteerTheirOwnRecordInFullEvenWithoutRoles() {
        // given
        Actor self = Actor.of("wang").asVolunteer(wang.id().value());

        // when
        VolunteerView view = service.view(self, wang.id());

        // then
        assertThat(view.idNumber()).isEqualTo(SAMPLE_ID);
        assertThat(view.phone()).isEqualTo("13812345678");
        assertThat(view.fullPersonalData()).isTrue();
    }

    @Test
    void showsAnAdministratorAboveTheHomeUnitEverythingInFull() {
        Actor admin = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.institute));

        VolunteerView view = service.view(admin, wang.id());

        assertThat(view.idNumber()).isEqualTo(SAMPLE_ID);
        assertThat(view.phone()).isEqualTo("13812345678");
    }

    @Test
    void masksNumbersForOtherVolunteersOfTheUnit() {
        // given a fellow volunteer (VIEW but not VIEW_PERSONAL_DATA)
        Actor fellow = Actor.of("li", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(UUID.randomUUID());

        // when
        VolunteerView view = service.view(fellow, wang.id());

        // then
        assertThat(view.idNumber()).isEqualTo("110***********002X");
        assertThat(view.phone()).isEqualTo("138****5678");
        assertThat(view.fullPersonalData()).isFalse();
        assertThat(view.name()).isEqualTo("王芳");
        assertThat(view.age()).isEqualTo(75);
        assertThat(view.minor()).isFalse();
    }

    @Test
    void masksNumbersForAnAdministratorOfAChildUnitOnly() {
        // given personal-data permission held below the home unit does not reach up
        Actor pointAdmin = Actor.of("point", new RoleGrant(Role.ADMINISTRATOR, tree.point),
                new RoleGrant(Role.VOLUNTEER, tree.station));

        assertThat(service.view(pointAdmin, wang.id()).idNumber()).isEqualTo("110***********002X");
    }

    @Test
    void deniesViewingToActorsOfAnotherBranch() {
        Actor elsewhere = Actor.of("other", new RoleGrant(Role.HEAD, tree.otherInstitute));

        assertThatThrownBy(() -> service.view(elsewhere, wang.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void reportsAMissingVolunteerAsNotFound() {
        Actor admin = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.center));

        assertThatThrownBy(() -> service.view(admin, new VolunteerId(UUID.randomUUID())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void listsWithTheSameMaskingPerItem() {
        // given
        Volunteer li = repository.store(aVolunteer().at(tree.station).named("李明").withPhone("13900001111").build());
        Actor self = Actor.of("li", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(li.id().value());

        // when
        Page<VolunteerView> page = service.list(self, tree.station, PageRequest.firstPage());

        // then (ordered by name)
        assertThat(page.items()).extracting(VolunteerView::name).containsExactly("李明", "王芳");
        VolunteerView own = page.items().stream().filter(v -> v.id().equals(li.id())).findFirst().orElseThrow();
        VolunteerView other = page.items().stream().filter(v -> v.id().equals(wang.id())).findFirst().orElseThrow();
        assertThat(own.phone()).isEqualTo("13900001111");
        assertThat(own.idNumber()).isEqualTo(li.residentId().value());
        assertThat(other.phone()).isEqualTo("138****5678");
        assertThat(other.idNumber()).isEqualTo("110***********002X");
    }

    @Test
    void deniesListingToActorsOfAnotherBranch() {
        Actor elsewhere = Actor.of("other", new RoleGrant(Role.ADMINISTRATOR, tree.otherStation));

        assertThatThrownBy(() -> service.list(elsewhere, tree.station, PageRequest.firstPage()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void flagsMinorsAndTheirConsent() {
        Volunteer minor = repository.store(aVolunteer().at(tree.station).aged(15).withGuardianConsent().build());
        Actor admin = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.station));

        VolunteerView view = service.view(admin, minor.id());

        assertThat(view.minor()).isTrue();
        assertThat(view.age()).isEqualTo(15);
        assertThat(view.guardianConsentPresent()).isTrue();
    }
}
