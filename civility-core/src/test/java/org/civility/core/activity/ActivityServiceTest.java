package org.civility.core.activity;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.memory.InMemoryActivityRepository;
import org.civility.core.memory.InMemoryBookingRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.fixtures.VenueFixtures;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.CLOCK;
import static org.civility.core.fixtures.ActivityFixtures.NOW;
import static org.civility.core.fixtures.ActivityFixtures.ZONE;

class ActivityServiceTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryBookingRepository bookings = new InMemoryBookingRepository();
    private final ActivityService service = new ActivityService(activities, bookings,
            new AccessControl(tree), CLOCK, IdSource.random(), events::add, ZONE);
    private final Actor admin = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.station));
    private final UUID volunteerId = UUID.randomUUID();
    private final Actor volunteer = Actor.of("zhou", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(volunteerId);
    private final Actor resident = Actor.of("li", new RoleGrant(Role.RESIDENT, tree.station));
    private final Actor otherResident = Actor.of("wang", new RoleGrant(Role.RESIDENT, tree.station));

    @Test
    void plansAnActivityAndAnnouncesIt() {
        // when
        Activity activity = service.plan(admin, aRecreationWithCapacity(2));

        // then
        assertThat(activity.version()).isEqualTo(1);
        assertThat(service.get(resident, activity.id()).title()).isEqualTo("篮球友谊赛");
        assertThat(events).containsExactly(new ActivityPlanned(activity.id(), tree.station, PracticeForm.RECREATION,
                activity.schedule(), NOW));
    }

    @Test
    void deniesPlanningInAnotherBranch() {
        Actor elsewhere = Actor.of("other", new RoleGrant(Role.ADMINISTRATOR, tree.otherInstitute));

        assertThatThrownBy(() -> service.plan(elsewhere, aRecreationWithCapacity(2)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThat(events).isEmpty();
    }

    @Test
    void deniesPlanningToAResident() {
        assertThatThrownBy(() -> service.plan(otherResident, aRecreationWithCapacity(2)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void waitlistsTheThirdOfThreeSignUpsForTwoPlaces() {
        // given
        Activity activity = service.plan(admin, aRecreationWithCapacity(2));

        // when
        service.signUp(volunteer, activity.id());
        service.signUp(otherResident, activity.id());
        Activity after = service.signUp(resident, activity.id());

        // then
        assertThat(after.statusOf(Participant.volunteer(new org.civility.core.volunteer.VolunteerId(volunteerId))))
                .contains(SignUpStatus.CONFIRMED);
        assertThat(after.statusOf(Participant.resident("wang"))).contains(SignUpStatus.CONFIRMED);
        assertThat(after.statusOf(Participant.resident("li"))).contains(SignUpStatus.WAITLISTED);
        assertThat(events).endsWith(new ParticipantSignedUp(activity.id(), Participant.resident("li"),
                SignUpStatus.WAITLISTED, NOW));
    }

    @Test
    void cancellingASignUpPromotesTheFirstWaiting() {
        // given
        Activity activity = service.plan(admin, aRecreationWithCapacity(1));
        service.signUp(volunteer, activity.id());
        service.signUp(resident, activity.id());

        // when
        Activity after = service.cancelSignUp(volunteer, activity.id());

        // then
        assertThat(after.confirmed()).extracting(SignUp::participant).containsExactly(Participant.resident("li"));
        assertThat(after.waitlist()).isEmpty();
        assertThat(events).endsWith(
                new SignUpCancelled(activity.id(), Participant.of(volunteer), NOW),
                new ParticipantPromoted(activity.id(), Participant.resident("li"), NOW));
    }

    @Test
    void deniesSignUpOutsideTheActorsBranch() {
        Activity activity = service.plan(admin, aRecreationWithCapacity(1));
        Actor stranger = Actor.of("stranger", new RoleGrant(Role.RESIDENT, tree.otherStation));

        assertThatThrownBy(() -> service.signUp(stranger, activity.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.get(stranger, activity.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void deniesSignUpToAnAdministratorWithoutTheSignUpPermission() {
        Activity activity = service.plan(admin, aRecreationWithCapacity(1));

        assertThatThrownBy(() -> service.signUp(admin, activity.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void cancelsAndMarksHeld() {
        Activity toCancel = service.plan(admin, aRecreationWithCapacity(1));
        Activity started = service.plan(admin, new PlanActivity(tree.station, PracticeForm.LECTURE, Set.of(Theme.POLICY),
                "政策宣讲", "", NOW.minusSeconds(60), NOW.plusSeconds(3600), Optional.empty(), Optional.empty()));

        assertThat(service.cancel(admin, toCancel.id()).status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(service.markHeld(admin, started.id()).status()).isEqualTo(ActivityStatus.HELD);
        assertThat(events).contains(new ActivityCancelled(toCancel.id(), tree.station, NOW),
                new ActivityHeld(started.id(), tree.station, PracticeForm.LECTURE, NOW));
        assertThat(service.held(admin, tree.station, NOW.minusSeconds(3600), NOW, PracticeForm.LECTURE))
                .extracting(Activity::id).containsExactly(started.id());
        assertThatThrownBy(() -> service.cancel(volunteer, started.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void rejectsAnUnknownBooking() {
        PlanActivity command = new PlanActivity(tree.station, PracticeForm.RECREATION, Set.of(Theme.CULTURE), "晚会", "",
                NOW.plusSeconds(60), NOW.plusSeconds(3600), Optional.of(new BookingId(UUID.randomUUID())), Optional.empty());

        assertThatThrownBy(() -> service.plan(admin, command))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void refusesAVenueBookingOfAnotherBranchButTakesOneOfItsOwnSubtree() {
        // given a county administrator, a booking of the other branch and one of the station's practice point
        Actor countyAdmin = Actor.of("county-admin", new RoleGrant(Role.ADMINISTRATOR, tree.center));
        Booking elsewhere = bookings.store(VenueFixtures.aBooking().scheduledBy(tree.otherStation).build());
        Booking atThePoint = bookings.store(VenueFixtures.aBooking().scheduledBy(tree.point).build());

        // then
        assertThatThrownBy(() -> service.plan(countyAdmin, usingBooking(elsewhere.id())))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("REFERENCE-OUTSIDE-SUBTREE"));
        assertThat(service.plan(countyAdmin, usingBooking(atThePoint.id())).booking()).contains(atThePoint.id());
    }

    @Test
    void anActivityAtAPracticePointUsesTheStationsVenueBooking() {
        Booking byTheStation = bookings.store(VenueFixtures.aBooking().scheduledBy(tree.station).build());

        Activity atThePoint = service.plan(admin, new PlanActivity(tree.point, PracticeForm.LECTURE, Set.of(Theme.POLICY),
                "书屋宣讲", "", NOW.plusSeconds(60), NOW.plusSeconds(3600), Optional.of(byTheStation.id()), Optional.empty()));

        assertThat(atThePoint.booking()).contains(byTheStation.id());
    }

    private PlanActivity usingBooking(BookingId booking) {
        return new PlanActivity(tree.station, PracticeForm.RECREATION, Set.of(Theme.CULTURE), "晚会", "",
                NOW.plusSeconds(60), NOW.plusSeconds(3600), Optional.of(booking), Optional.empty());
    }

    @Test
    void listsAUnitsActivitiesByStartFilteredByForm() {
        Activity later = service.plan(admin, aRecreationWithCapacity(1));
        Activity earlier = service.plan(admin, new PlanActivity(tree.station, PracticeForm.RECREATION, Set.of(Theme.CULTURE),
                "早场", "", NOW.plusSeconds(60), NOW.plusSeconds(120), Optional.empty(), Optional.empty()));
        service.plan(admin, new PlanActivity(tree.station, PracticeForm.LECTURE, Set.of(Theme.POLICY),
                "宣讲", "", NOW.plusSeconds(60), NOW.plusSeconds(120), Optional.empty(), Optional.empty()));

        assertThat(service.list(resident, tree.station, Optional.of(PracticeForm.RECREATION), PageRequest.firstPage()).items())
                .extracting(Activity::id).containsExactly(earlier.id(), later.id());
        assertThat(service.list(resident, tree.station, Optional.empty(), PageRequest.firstPage()).items()).hasSize(3);
    }

    @Test
    void createsALearnFromLeiFengActivityOnTheFirstDayOfMarch() {
        // when
        Activity activity = service.createFromTemplate(admin,
                new CreateFromTemplate(tree.station, "LEARN_FROM_LEI_FENG", 2026, Optional.empty(), Optional.of(20)));

        // then
        assertThat(activity.form()).isEqualTo(PracticeForm.ASSISTANCE);
        assertThat(activity.themes()).isEqualTo(ProgrammeTemplates.LEARN_FROM_LEI_FENG.themes());
        assertThat(activity.title()).isEqualTo("学雷锋志愿服务 2026");
        assertThat(activity.schedule().start()).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 0).atZone(ZONE).toInstant());
        assertThat(activity.schedule().end()).isEqualTo(activity.schedule().start().plus(Duration.ofHours(3)));
        assertThat(activity.capacity()).contains(20);
        assertThat(events).hasSize(1);
    }

    @Test
    void createsAWinterActivityInTheNextJanuary() {
        Instant january = LocalDateTime.of(2026, 1, 20, 14, 0).atZone(ZONE).toInstant();

        Activity activity = service.createFromTemplate(admin,
                new CreateFromTemplate(tree.station, "WINTER_WARMTH", 2025, Optional.of(january), Optional.empty()));

        assertThat(activity.schedule().start()).isEqualTo(january);
    }

    @Test
    void rejectsATemplateStartOutOfSeasonAndAnUnknownTemplate() {
        Instant june = LocalDateTime.of(2026, 6, 1, 9, 0).atZone(ZONE).toInstant();

        assertThatThrownBy(() -> service.createFromTemplate(admin,
                new CreateFromTemplate(tree.station, "LEARN_FROM_LEI_FENG", 2026, Optional.of(june), Optional.empty())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-OUT-OF-SEASON"));
        assertThatThrownBy(() -> service.createFromTemplate(admin,
                new CreateFromTemplate(tree.station, "NOPE", 2026, Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-TEMPLATE-UNKNOWN"));
    }

    @Test
    void createsFromAPortalsOwnTemplate() {
        ProgrammeTemplate choir = new ProgrammeTemplate("NEW_YEAR_CHOIR", "迎新合唱", PracticeForm.RECREATION,
                Set.of(Theme.CULTURE), java.time.MonthDay.of(12, 20), java.time.MonthDay.of(1, 10), Duration.ofHours(2), "");

        Activity activity = service.createFromTemplate(admin, tree.station, choir, 2025, Optional.empty(), Optional.of(40));

        assertThat(activity.schedule().start()).isEqualTo(LocalDateTime.of(2025, 12, 20, 9, 0).atZone(ZONE).toInstant());
        assertThat(activity.form()).isEqualTo(PracticeForm.RECREATION);
        assertThatThrownBy(() -> service.createFromTemplate(resident, tree.station, choir, 2025, Optional.empty(),
                Optional.empty()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    private PlanActivity aRecreationWithCapacity(int capacity) {
        Instant start = NOW.plus(Duration.ofDays(7));
        return new PlanActivity(tree.station, PracticeForm.RECREATION, Set.of(Theme.CULTURE, Theme.SKILLS), "篮球友谊赛",
                "村篮球场", start, start.plus(Duration.ofHours(2)), Optional.empty(), Optional.of(capacity));
    }

    @Test
    void aSignUpAtAVersionTheActivityNoLongerHasIsRefusedAndChangesNothing() {
        // given: read, then someone else signed up
        Activity read = service.plan(admin, aRecreationWithCapacity(2));
        Activity current = service.signUp(volunteer, read.id(), read.version());

        // then
        assertThatThrownBy(() -> service.signUp(resident, read.id(), read.version()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(service.get(admin, read.id()).statusOf(Participant.resident("li"))).isEmpty();
        assertThat(service.signUp(resident, read.id(), current.version()).statusOf(Participant.resident("li")))
                .contains(SignUpStatus.CONFIRMED);
    }
}
