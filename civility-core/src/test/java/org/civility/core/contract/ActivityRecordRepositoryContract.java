package org.civility.core.contract;

import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.Attendee;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.RecordPhoto;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.aRecreation;
import static org.civility.core.fixtures.ActivityRecordFixtures.KEPT_AT;
import static org.civility.core.fixtures.ActivityRecordFixtures.aCompleteRecordOf;
import static org.civility.core.fixtures.ActivityRecordFixtures.aPhoto;
import static org.civility.core.fixtures.ActivityRecordFixtures.aRecordWithoutPhotoOf;
import static org.civility.core.fixtures.ActivityRecordFixtures.anAttendee;

/**
 * What every {@link ActivityRecordRepository} must do. Subclasses provide the repository; the store is never
 * assumed empty, so each test works under a unit of its own.
 */
public abstract class ActivityRecordRepositoryContract {

    private static final Instant T0 = Instant.parse("2025-06-01T02:00:00Z");

    protected abstract ActivityRecordRepository repository();

    /** A fresh unit activities may belong to; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    /** A held activity of {@code unit} starting at {@code start}; override to store it first. */
    protected Activity aHeldActivity(UnitId unit, Instant start) {
        return aRecreation().at(unit).ofForm(PracticeForm.LECTURE).titled("理论宣讲进村").startingAt(start)
                .withStatus(ActivityStatus.HELD).build();
    }

    @Test
    void storesAndFindsEveryField() {
        // given
        Activity held = aHeldActivity(aUnit(), T0);
        ActivityRecord record = ActivityRecord.open(held, KEPT_AT, "station-admin");
        record.keep("  宣讲二十大精神，村民踊跃提问。 ", List.of("王秀英", "张三", "王秀英"), KEPT_AT, "station-admin");
        Attendee first = anAttendee("周建国");
        Attendee second = anAttendee("李红");
        record.takeCheckIns(List.of(first, second));
        RecordPhoto photo = aPhoto();
        RecordPhoto another = aPhoto();
        record.addPhoto(photo, KEPT_AT.plusSeconds(60), "station-head");
        record.addPhoto(another, KEPT_AT.plusSeconds(120), "station-head");

        // when
        repository().store(record);
        ActivityRecord found = repository().find(held.id()).orElseThrow();

        // then
        assertThat(found.activity()).isEqualTo(held.id());
        assertThat(found.unit()).isEqualTo(held.unit());
        assertThat(found.form()).isEqualTo(PracticeForm.LECTURE);
        assertThat(found.title()).isEqualTo("理论宣讲进村");
        assertThat(found.schedule()).isEqualTo(held.schedule());
        assertThat(found.summary()).isEqualTo("宣讲二十大精神，村民踊跃提问。");
        assertThat(found.addedByHand()).containsExactly("王秀英", "张三", "王秀英");
        assertThat(found.checkedIn()).containsExactly(first, second);
        assertThat(found.photos()).containsExactly(photo, another);
        assertThat(found.keptAt()).isEqualTo(KEPT_AT.plusSeconds(120));
        assertThat(found.keptBy()).isEqualTo("station-head");
        assertThat(found.attendance()).isEqualTo(5);
        assertThat(found.complete()).isTrue();
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesAnEmptyRecordAndItsChangesAndBumpsTheVersion() {
        // given: a record opened by a photo alone
        Activity held = aHeldActivity(aUnit(), T0);
        ActivityRecord opened = ActivityRecord.open(held, KEPT_AT, "station-admin");
        RecordPhoto photo = aPhoto();
        opened.addPhoto(photo, KEPT_AT, "station-admin");
        ActivityRecord stored = repository().store(opened);
        assertThat(repository().find(held.id()).orElseThrow().summary()).isEmpty();

        // when: kept, then the photo replaced and the names shortened
        stored.keep("小结", List.of("甲", "乙"), KEPT_AT.plusSeconds(1), "a");
        stored.takeCheckIns(List.of(anAttendee("丙")));
        ActivityRecord kept = repository().store(stored);
        kept.removePhoto(photo.id(), KEPT_AT.plusSeconds(2), "b");
        RecordPhoto replacement = aPhoto();
        kept.addPhoto(replacement, KEPT_AT.plusSeconds(3), "b");
        kept.keep("小结二", List.of("乙"), KEPT_AT.plusSeconds(4), "b");
        kept.takeCheckIns(List.of());
        ActivityRecord updated = repository().store(kept);

        // then
        assertThat(updated.version()).isEqualTo(3);
        ActivityRecord found = repository().find(held.id()).orElseThrow();
        assertThat(found.summary()).isEqualTo("小结二");
        assertThat(found.addedByHand()).containsExactly("乙");
        assertThat(found.checkedIn()).isEmpty();
        assertThat(found.photos()).containsExactly(replacement);
        assertThat(found.version()).isEqualTo(3);
    }

    @Test
    void rejectsAStaleVersion() {
        // given
        Activity held = aHeldActivity(aUnit(), T0);
        ActivityRecord original = aRecordWithoutPhotoOf(held);
        repository().store(original);
        ActivityRecord first = repository().find(held.id()).orElseThrow();
        ActivityRecord second = repository().find(held.id()).orElseThrow();
        first.keep("第一位", List.of(), KEPT_AT, "a");
        repository().store(first);
        second.keep("第二位", List.of(), KEPT_AT, "b");

        // then
        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThatThrownBy(() -> repository().store(aRecordWithoutPhotoOf(held)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(held.id()).orElseThrow().summary()).isEqualTo("第一位");
    }

    @Test
    void findsNothingForAnActivityWithoutRecord() {
        assertThat(repository().find(new ActivityId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void listsTheRecordsOfAUnitStartingInAPeriodByStart() {
        // given
        UnitId unit = aUnit();
        ActivityRecord later = repository().store(aCompleteRecordOf(aHeldActivity(unit, T0.plusSeconds(3600))));
        ActivityRecord first = repository().store(aRecordWithoutPhotoOf(aHeldActivity(unit, T0)));
        repository().store(aCompleteRecordOf(aHeldActivity(unit, T0.minusSeconds(1))));
        repository().store(aCompleteRecordOf(aHeldActivity(unit, T0.plus(Duration.ofDays(1)))));
        repository().store(aCompleteRecordOf(aHeldActivity(aUnit(), T0)));

        // when
        List<ActivityRecord> found = repository().byUnitBetween(unit, T0, T0.plus(Duration.ofDays(1)));

        // then
        assertThat(found).extracting(ActivityRecord::activity).containsExactly(first.activity(), later.activity());
        assertThat(found.get(1).photos()).hasSize(1);
    }

    @Test
    void ordersRecordsStartingTogetherByActivityId() {
        UnitId unit = aUnit();
        ActivityRecord a = repository().store(aCompleteRecordOf(aHeldActivity(unit, T0)));
        ActivityRecord b = repository().store(aCompleteRecordOf(aHeldActivity(unit, T0)));

        assertThat(repository().byUnitBetween(unit, T0, T0.plusSeconds(1))).extracting(ActivityRecord::activity)
                .containsExactlyElementsOf(java.util.stream.Stream.of(a.activity(), b.activity())
                        .sorted(java.util.Comparator.comparing(Object::toString)).toList());
    }

    @Test
    @DisplayName("R-ACT-1 counts the complete records of a unit's held activities starting in a period")
    void countsCompleteRecords() {
        // given: two complete, one without photo, one kept without anyone attending, one outside the period
        UnitId unit = aUnit();
        repository().store(aCompleteRecordOf(aHeldActivity(unit, T0)));
        repository().store(aCompleteRecordOf(aHeldActivity(unit, T0.plusSeconds(60))));
        repository().store(aRecordWithoutPhotoOf(aHeldActivity(unit, T0.plusSeconds(120))));
        ActivityRecord nobody = ActivityRecord.open(aHeldActivity(unit, T0.plusSeconds(180)), KEPT_AT, "a");
        nobody.keep("无人参加", List.of(), KEPT_AT, "a");
        nobody.addPhoto(aPhoto(), KEPT_AT, "a");
        repository().store(nobody);
        repository().store(aCompleteRecordOf(aHeldActivity(unit, T0.plus(Duration.ofDays(2)))));

        // when
        int complete = repository().countComplete(unit, T0, T0.plus(Duration.ofDays(1)));

        // then
        assertThat(complete).isEqualTo(2);
        assertThat(repository().countComplete(aUnit(), T0, T0.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    @DisplayName("R-ACT-1 a record that loses its last photo no longer counts as complete")
    void aRecordThatLosesItsPhotoStopsCounting() {
        UnitId unit = aUnit();
        ActivityRecord stored = repository().store(aCompleteRecordOf(aHeldActivity(unit, T0)));
        assertThat(repository().countComplete(unit, T0, T0.plusSeconds(1))).isEqualTo(1);

        stored.removePhoto(stored.photos().getFirst().id(), KEPT_AT, "a");
        repository().store(stored);

        assertThat(repository().countComplete(unit, T0, T0.plusSeconds(1))).isZero();
    }

    @Test
    void keepsWhatCallersHoldApartFromWhatIsStored() {
        ActivityRecord stored = repository().store(aRecordWithoutPhotoOf(aHeldActivity(aUnit(), T0)));

        stored.addPhoto(aPhoto(), KEPT_AT, "a");

        assertThat(repository().find(stored.activity()).orElseThrow().photos()).isEmpty();
    }
}
