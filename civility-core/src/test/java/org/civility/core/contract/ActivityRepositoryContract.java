package org.civility.core.contract;

import org.civility.core.activity.HeldCount;
import org.civility.core.organisation.UnitInstant;
import java.util.List;
import java.util.Map;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.Participant;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.SignUp;
import org.civility.core.activity.Theme;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.venue.BookingId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.aRecreation;
import static org.civility.core.fixtures.ActivityFixtures.aResident;
import static org.civility.core.fixtures.ActivityFixtures.aVolunteerParticipant;

/**
 * What every {@link ActivityRepository} must do. Subclasses provide the repository; the store is
 * never assumed empty, so each test works under a unit of its own.
 */
public abstract class ActivityRepositoryContract {

    private static final Instant T0 = Instant.parse("2025-06-01T02:00:00Z");

    protected abstract ActivityRepository repository();

    /** A fresh unit activities may belong to; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    /** A venue booking an activity may refer to; override to create the booking's row first. */
    protected BookingId aBooking(UnitId unit) {
        return new BookingId(UUID.randomUUID());
    }

    @Test
    void storesAndFindsEveryField() {
        // given
        UnitId unit = aUnit();
        BookingId booking = aBooking(unit);
        Participant volunteer = aVolunteerParticipant();
        Participant resident = aResident("李秀英");
        Participant waiting = aResident("wang");
        Activity activity = aRecreation().at(unit).ofForm(PracticeForm.CELEBRATION)
                .onThemes(Theme.CULTURE, Theme.MORALITY).titled("中秋联欢晚会").describedAs("文化礼堂，猜灯谜。")
                .startingAt(T0.plus(Duration.ofDays(10))).lasting(Duration.ofHours(3)).usingBooking(booking)
                .withCapacity(2).plannedAt(T0.minusSeconds(7200))
                .withSignUp(resident, T0.plusSeconds(5)).withSignUp(volunteer, T0).withSignUp(waiting, T0.plusSeconds(9))
                .build();

        // when
        repository().store(activity);
        Activity found = repository().find(activity.id()).orElseThrow();

        // then
        assertThat(found.id()).isEqualTo(activity.id());
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.form()).isEqualTo(PracticeForm.CELEBRATION);
        assertThat(found.themes()).containsExactly(Theme.MORALITY, Theme.CULTURE);
        assertThat(found.title()).isEqualTo("中秋联欢晚会");
        assertThat(found.description()).isEqualTo("文化礼堂，猜灯谜。");
        assertThat(found.schedule()).isEqualTo(activity.schedule());
        assertThat(found.booking()).contains(booking);
        assertThat(found.capacity()).contains(2);
        assertThat(found.plannedAt()).isEqualTo(T0.minusSeconds(7200));
        assertThat(found.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(found.signUps()).containsExactly(new SignUp(resident, T0.plusSeconds(5)), new SignUp(volunteer, T0),
                new SignUp(waiting, T0.plusSeconds(9)));
        assertThat(found.waitlist()).extracting(SignUp::participant).containsExactly(waiting);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesAnActivityWithoutBookingCapacityOrDescription() {
        Activity activity = aRecreation().at(aUnit()).describedAs("").build();

        repository().store(activity);
        Activity found = repository().find(activity.id()).orElseThrow();

        assertThat(found.booking()).isEmpty();
        assertThat(found.capacity()).isEmpty();
        assertThat(found.description()).isEmpty();
        assertThat(found.signUps()).isEmpty();
    }

    @Test
    void storesCancelledSignUpsPromotionsAndStatusAndBumpsTheVersion() {
        // given
        Participant first = aResident("a");
        Participant second = aResident("b");
        Participant third = aResident("c");
        Activity stored = repository().store(aRecreation().at(aUnit()).withCapacity(1)
                .withSignUp(first, T0).withSignUp(second, T0.plusSeconds(1)).build());

        // when
        stored.cancelSignUp(first, T0.plusSeconds(2));
        stored.signUp(third, T0.plusSeconds(3));
        Activity updated = repository().store(stored);
        updated.cancel(T0.plusSeconds(4));
        Activity cancelled = repository().store(updated);

        // then
        assertThat(cancelled.version()).isEqualTo(3);
        Activity found = repository().find(stored.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(found.confirmed()).extracting(SignUp::participant).containsExactly(second);
        assertThat(found.waitlist()).extracting(SignUp::participant).containsExactly(third);
        assertThat(found.version()).isEqualTo(3);
    }

    @Test
    void rejectsAStaleVersion() {
        // given
        Activity original = aRecreation().at(aUnit()).build();
        repository().store(original);
        Activity first = repository().find(original.id()).orElseThrow();
        Activity second = repository().find(original.id()).orElseThrow();
        repository().store(first);

        // then
        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThatThrownBy(() -> repository().store(original))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(original.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new ActivityId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void listsTheActivitiesOfAUnitByStartInPagesAndByForm() {
        // given
        UnitId unit = aUnit();
        Activity third = repository().store(aRecreation().at(unit).titled("c").startingAt(T0.plusSeconds(300)).build());
        Activity first = repository().store(aRecreation().at(unit).titled("a").startingAt(T0).build());
        Activity second = repository().store(aRecreation().at(unit).titled("b").ofForm(PracticeForm.LECTURE)
                .startingAt(T0.plusSeconds(100)).build());
        repository().store(aRecreation().at(aUnit()).startingAt(T0.minusSeconds(100)).build());

        // when
        Page<Activity> page1 = repository().byUnit(unit, Optional.empty(), new PageRequest(0, 2));
        Page<Activity> page2 = repository().byUnit(unit, Optional.empty(), new PageRequest(2, 2));
        Page<Activity> recreations = repository().byUnit(unit, Optional.of(PracticeForm.RECREATION), PageRequest.firstPage());

        // then
        assertThat(page1.items()).extracting(Activity::id).containsExactly(first.id(), second.id());
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.items()).extracting(Activity::id).containsExactly(third.id());
        assertThat(page2.hasMore()).isFalse();
        assertThat(recreations.items()).extracting(Activity::id).containsExactly(first.id(), third.id());
    }

    @Test
    void ordersActivitiesStartingTogetherById() {
        UnitId unit = aUnit();
        Activity a = repository().store(aRecreation().at(unit).startingAt(T0).build());
        Activity b = repository().store(aRecreation().at(unit).startingAt(T0).build());

        assertThat(repository().byUnit(unit, Optional.empty(), PageRequest.firstPage()).items()).extracting(Activity::id)
                .containsExactlyElementsOf(java.util.stream.Stream.of(a.id(), b.id())
                        .sorted(java.util.Comparator.comparing(Object::toString)).toList());
    }

    @Test
    void findsHeldActivitiesOfAFormStartingInAPeriod() {
        // given
        UnitId unit = aUnit();
        Activity held = repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE).startingAt(T0)
                .withStatus(ActivityStatus.HELD).build());
        Activity heldLater = repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE)
                .startingAt(T0.plusSeconds(3600)).withStatus(ActivityStatus.HELD).build());
        repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE).startingAt(T0.plusSeconds(60)).build());
        repository().store(aRecreation().at(unit).ofForm(PracticeForm.RECREATION).startingAt(T0)
                .withStatus(ActivityStatus.HELD).build());
        repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE).startingAt(T0.plus(Duration.ofDays(1)))
                .withStatus(ActivityStatus.HELD).build());
        repository().store(aRecreation().at(aUnit()).ofForm(PracticeForm.LECTURE).startingAt(T0)
                .withStatus(ActivityStatus.HELD).build());

        // when
        var found = repository().heldByUnitBetween(unit, T0, T0.plus(Duration.ofDays(1)), PracticeForm.LECTURE);

        // then
        assertThat(found).extracting(Activity::id).containsExactly(held.id(), heldLater.id());
    }

    @Test
    void findsPlannedActivitiesNotYetEndedInStartOrder() {
        // given
        UnitId unit = aUnit();
        Activity underWay = repository().store(aRecreation().at(unit).startingAt(T0.minusSeconds(1800))
                .lasting(Duration.ofHours(1)).build());
        Activity coming = repository().store(aRecreation().at(unit).startingAt(T0.plus(Duration.ofDays(2))).build());
        Activity sooner = repository().store(aRecreation().at(unit).startingAt(T0.plus(Duration.ofDays(1))).build());
        repository().store(aRecreation().at(unit).startingAt(T0.minus(Duration.ofDays(1))).build());
        repository().store(aRecreation().at(unit).startingAt(T0.plus(Duration.ofDays(3)))
                .withStatus(ActivityStatus.CANCELLED).build());
        repository().store(aRecreation().at(unit).startingAt(T0.plus(Duration.ofDays(3)))
                .withStatus(ActivityStatus.HELD).build());
        repository().store(aRecreation().at(aUnit()).startingAt(T0.plus(Duration.ofDays(1))).build());

        // when
        Page<Activity> first = repository().plannedEndingAfter(unit, T0, PageRequest.first(2));
        Page<Activity> rest = repository().plannedEndingAfter(unit, T0, new PageRequest(2, 2));

        // then
        assertThat(first.items()).extracting(Activity::id).containsExactly(underWay.id(), sooner.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(rest.items()).extracting(Activity::id).containsExactly(coming.id());
        assertThat(rest.hasMore()).isFalse();
    }

    @Test
    void keepsWhatCallersHoldApartFromWhatIsStored() {
        Activity stored = repository().store(aRecreation().at(aUnit()).build());

        stored.signUp(aResident("li"), T0);

        assertThat(repository().find(stored.id()).orElseThrow().signUps()).isEmpty();
    }

    @Test
    void countsTheActivitiesHeldAtEachUnitInAPeriodByFormAndTheme() {
        // given
        UnitId unit = aUnit();
        UnitId point = aUnit();
        repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE).onThemes(Theme.POLICY)
                .startingAt(T0).withStatus(ActivityStatus.HELD).build());
        repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE).onThemes(Theme.POLICY, Theme.CULTURE)
                .startingAt(T0.plusSeconds(3600)).withStatus(ActivityStatus.HELD).build());
        repository().store(aRecreation().at(point).ofForm(PracticeForm.CELEBRATION).onThemes(Theme.CULTURE)
                .startingAt(T0.plusSeconds(60)).withStatus(ActivityStatus.HELD).build());
        repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE).startingAt(T0.plusSeconds(60))
                .build());
        repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE).startingAt(T0.plusSeconds(60))
                .withStatus(ActivityStatus.CANCELLED).build());
        repository().store(aRecreation().at(unit).ofForm(PracticeForm.LECTURE).startingAt(T0.plus(Duration.ofDays(1)))
                .withStatus(ActivityStatus.HELD).build());
        repository().store(aRecreation().at(aUnit()).ofForm(PracticeForm.LECTURE).startingAt(T0)
                .withStatus(ActivityStatus.HELD).build());
        List<UnitId> units = List.of(unit, point);
        Instant to = T0.plus(Duration.ofDays(1));

        // when
        List<HeldCount> counts = repository().heldCounts(units, T0, to);
        Map<Theme, Integer> themes = repository().heldThemeCounts(units, T0, to);
        List<UnitInstant> lectures = repository().heldStarts(units, PracticeForm.LECTURE, T0, to);

        // then
        assertThat(counts).containsExactlyInAnyOrder(new HeldCount(unit, PracticeForm.LECTURE, 2),
                new HeldCount(point, PracticeForm.CELEBRATION, 1));
        assertThat(themes).containsExactlyInAnyOrderEntriesOf(Map.of(Theme.POLICY, 2, Theme.CULTURE, 2));
        assertThat(lectures).containsExactly(new UnitInstant(unit, T0), new UnitInstant(unit, T0.plusSeconds(3600)));
    }

    @Test
    void countsNothingForNoUnits() {
        assertThat(repository().heldCounts(List.of(), T0, T0.plusSeconds(60))).isEmpty();
        assertThat(repository().heldThemeCounts(List.of(), T0, T0.plusSeconds(60))).isEmpty();
        assertThat(repository().heldStarts(List.of(), PracticeForm.LECTURE, T0, T0.plusSeconds(60))).isEmpty();
    }
}
