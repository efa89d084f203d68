package org.civility.core.activity;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.aRecreation;
import static org.civility.core.fixtures.ActivityRecordFixtures.KEPT_AT;
import static org.civility.core.fixtures.ActivityRecordFixtures.aPhoto;
import static org.civility.core.fixtures.ActivityRecordFixtures.anAttendee;

class ActivityRecordTest {

    private final Activity held = aRecreation().withStatus(ActivityStatus.HELD).build();

    @Test
    @DisplayName("R-ACT-1 only a held activity keeps a record")
    void opensOnlyForAHeldActivity() {
        for (ActivityStatus status : List.of(ActivityStatus.PLANNED, ActivityStatus.CANCELLED)) {
            Activity activity = aRecreation().withStatus(status).build();

            assertThatThrownBy(() -> ActivityRecord.open(activity, KEPT_AT, "admin"))
                    .isInstanceOfSatisfying(CivilityException.class, e -> {
                        assertThat(e.code()).isEqualTo("ACTIVITY-RECORD-NOT-HELD");
                        assertThat(e.args()).containsEntry("status", status);
                    });
        }
    }

    @Test
    void opensEmptyWithTheActivitysFacts() {
        ActivityRecord record = ActivityRecord.open(held, KEPT_AT, "admin");

        assertThat(record.activity()).isEqualTo(held.id());
        assertThat(record.unit()).isEqualTo(held.unit());
        assertThat(record.title()).isEqualTo(held.title());
        assertThat(record.schedule()).isEqualTo(held.schedule());
        assertThat(record.summary()).isEmpty();
        assertThat(record.attendance()).isZero();
        assertThat(record.photos()).isEmpty();
        assertThat(record.complete()).isFalse();
        assertThat(record.version()).isZero();
    }

    @Test
    @DisplayName("R-ACT-1 a record is complete with a summary, a photo and someone in attendance")
    void isCompleteWithSummaryPhotoAndAttendance() {
        ActivityRecord record = ActivityRecord.open(held, KEPT_AT, "admin");

        record.keep("小结", List.of(), KEPT_AT, "admin");
        assertThat(record.complete()).as("summary only").isFalse();
        record.addPhoto(aPhoto(), KEPT_AT, "admin");
        assertThat(record.complete()).as("summary and photo, nobody").isFalse();
        record.takeCheckIns(List.of(anAttendee("周建国")));
        assertThat(record.complete()).as("a volunteer checked in").isTrue();
        record.takeCheckIns(List.of());
        record.keep("小结", List.of("王秀英"), KEPT_AT, "admin");
        assertThat(record.complete()).as("a name signed in by hand").isTrue();
        record.removePhoto(record.photos().getFirst().id(), KEPT_AT, "admin");
        assertThat(record.complete()).as("without its photo").isFalse();
    }

    @Test
    @DisplayName("R-ACT-1 attendance counts the volunteers checked in once each and the names added by hand")
    void countsCheckInsOnceAndNamesByHand() {
        ActivityRecord record = ActivityRecord.open(held, KEPT_AT, "admin");
        Attendee zhou = anAttendee("周建国");

        record.takeCheckIns(List.of(zhou, anAttendee("李红"), zhou));
        record.keep("小结", List.of(" 王秀英 ", "张伟"), KEPT_AT, "admin");

        assertThat(record.checkedIn()).hasSize(2).first().isEqualTo(zhou);
        assertThat(record.addedByHand()).containsExactly("王秀英", "张伟");
        assertThat(record.attendance()).isEqualTo(4);
    }

    @Test
    void refusesABlankOrTooLongSummary() {
        ActivityRecord record = ActivityRecord.open(held, KEPT_AT, "admin");

        for (String summary : new String[] {null, " ", "字".repeat(ActivityRecord.MAX_SUMMARY_LENGTH + 1)}) {
            assertThatThrownBy(() -> record.keep(summary, List.of(), KEPT_AT, "admin"))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACTIVITY-RECORD-SUMMARY-INVALID"));
        }
        record.keep("字".repeat(ActivityRecord.MAX_SUMMARY_LENGTH), List.of(), KEPT_AT, "admin");
        assertThat(record.summary()).hasSize(ActivityRecord.MAX_SUMMARY_LENGTH);
    }

    @Test
    void refusesBadNamesAndTooManyAndKeepsTheEarlierOnes() {
        ActivityRecord record = ActivityRecord.open(held, KEPT_AT, "admin");
        record.keep("小结", List.of("王秀英"), KEPT_AT, "admin");

        for (String name : new String[] {"", "  ", "名".repeat(ActivityRecord.MAX_NAME_LENGTH + 1), "王\n五"}) {
            assertThatThrownBy(() -> record.keep("新小结", List.of("张伟", name), KEPT_AT, "admin"))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACTIVITY-RECORD-NAME-INVALID"));
        }
        assertThatThrownBy(() -> record.keep("新小结",
                Collections.nCopies(ActivityRecord.MAX_NAMES + 1, "张伟"), KEPT_AT, "admin"))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ACTIVITY-RECORD-TOO-MANY-NAMES"));
        assertThat(record.summary()).isEqualTo("小结");
        assertThat(record.addedByHand()).containsExactly("王秀英");
    }

    @Test
    void removingAPhotoItDoesNotHoldIsNotFound() {
        ActivityRecord record = ActivityRecord.open(held, KEPT_AT, "admin");

        assertThatThrownBy(() -> record.removePhoto(aPhoto().id(), KEPT_AT, "admin"))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void restoreChecksTheInvariantsAgain() {
        Attendee zhou = anAttendee("周建国");

        assertThatThrownBy(() -> ActivityRecord.restore(held.id(), held.unit(), held.form(), held.title(),
                held.schedule(), List.of(zhou, zhou), List.of(), "", List.of(), KEPT_AT, "a", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityRecord.restore(held.id(), held.unit(), held.form(), held.title(),
                held.schedule(), List.of(), List.of(""), "", List.of(), KEPT_AT, "a", 1))
                .isInstanceOf(CivilityException.class);
    }
}
