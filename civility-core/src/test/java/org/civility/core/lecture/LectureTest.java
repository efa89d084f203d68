package org.civility.core.lecture;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.LectureFixtures.MARCH_10;
import static org.civility.core.fixtures.LectureFixtures.aLecture;

class LectureTest {

    @Test
    @DisplayName("R-LECT-2 a lecture moves prepared → given → reviewed")
    void movesThroughPreparedGivenReviewed() {
        Lecture lecture = aLecture().build();
        assertThat(lecture.status()).isEqualTo(LectureStatus.PREPARED);

        lecture.give(MARCH_10.plusSeconds(60), 35);
        assertThat(lecture.status()).isEqualTo(LectureStatus.GIVEN);
        assertThat(lecture.attendance()).contains(35);

        lecture.review("生动，联系实际", 5, "lecturer");
        assertThat(lecture.status()).isEqualTo(LectureStatus.REVIEWED);
        assertThat(lecture.score()).contains(5);
        assertThat(lecture.reviewedBy()).contains("lecturer");
    }

    @Test
    @DisplayName("R-LECT-2 illegal transitions are coded LECTURE-STATE")
    void rejectsIllegalTransitions() {
        Lecture lecture = aLecture().build();

        assertThatThrownBy(() -> lecture.review("x", 3, "a"))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("LECTURE-STATE");
                    assertThat(e.args()).containsEntry("status", "PREPARED").containsEntry("action", "review");
                });
        lecture.give(MARCH_10, 10);
        assertThatThrownBy(() -> lecture.give(MARCH_10, 10))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-STATE"));
    }

    @Test
    void rejectsScoresOutsideOneToFiveAndNegativeAttendance() {
        Lecture lecture = aLecture().build();
        assertThatThrownBy(() -> lecture.give(MARCH_10, -1))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-ATTENDANCE-INVALID"));
        lecture.give(MARCH_10, 0);
        assertThatThrownBy(() -> lecture.review("x", 6, "a"))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-SCORE-INVALID"));
        assertThatThrownBy(() -> lecture.review("x", 0, "a"))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-SCORE-INVALID"));
    }

    @Test
    void rejectsAScheduleThatDoesNotEndAfterItStarts() {
        assertThatThrownBy(() -> Lecture.prepare(new LectureId(UUID.randomUUID()), new UnitId(UUID.randomUUID()), "t",
                Set.of(), MARCH_10, MARCH_10, new VolunteerId(UUID.randomUUID()), "s", "n"))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-SCHEDULE-INVALID"));
    }

    @Test
    void restoreRejectsAGivenLectureWithoutAttendance() {
        Lecture l = aLecture().build();
        assertThatThrownBy(() -> Lecture.restore(l.id(), l.unit(), l.topic(), l.themes(), l.start(), l.end(), l.speaker(),
                l.speakerName(), l.preparationNotes(), LectureStatus.GIVEN, Optional.of(Instant.EPOCH), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), l.materials(), 1))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("LECTURE-STATE-INVALID"));
    }
}
