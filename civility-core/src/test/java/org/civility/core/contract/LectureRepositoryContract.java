package org.civility.core.contract;

import org.civility.core.organisation.UnitInstant;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.lecture.ArchivedMaterial;
import org.civility.core.lecture.Lecture;
import org.civility.core.lecture.LectureId;
import org.civility.core.lecture.LectureMaterial;
import org.civility.core.lecture.LectureRepository;
import org.civility.core.lecture.LectureStatus;
import org.civility.core.lecture.LectureTheme;
import org.civility.core.lecture.MaterialId;
import org.civility.core.lecture.MaterialKind;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.LectureFixtures.aLecture;

/** What every {@link LectureRepository} must do; each test works under a unit of its own. */
public abstract class LectureRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-10T02:00:00Z");

    protected abstract LectureRepository repository();

    /** A fresh unit lectures may belong to; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    private static LectureMaterial material(String name, String topic) {
        return new LectureMaterial(new MaterialId(UUID.randomUUID()), name, MaterialKind.VIDEO, "video/mp4", 1234,
                "a".repeat(64), "lectures/x/" + UUID.randomUUID(), topic, T0.plusSeconds(7), "station-admin");
    }

    @Test
    void storesAndFindsEveryFieldOfAReviewedLecture() {
        // given
        UnitId unit = aUnit();
        Lecture lecture = aLecture().at(unit).about("乡村振兴").startingAt(T0).build();
        lecture.give(T0.plusSeconds(60), 42);
        lecture.review("很好", 4, "lecturer");
        LectureMaterial video = material("课堂录像.mp4", "乡村振兴");
        LectureMaterial slides = material("讲稿.pdf", "政策");
        lecture.archive(video);
        lecture.archive(slides);

        // when
        repository().store(lecture);
        Lecture found = repository().find(lecture.id()).orElseThrow();

        // then
        assertThat(found.id()).isEqualTo(lecture.id());
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.topic()).isEqualTo("乡村振兴");
        assertThat(found.themes()).containsExactlyInAnyOrder(LectureTheme.THOUGHT, LectureTheme.POLICY);
        assertThat(found.start()).isEqualTo(T0);
        assertThat(found.end()).isEqualTo(lecture.end());
        assertThat(found.speaker()).isEqualTo(lecture.speaker());
        assertThat(found.speakerName()).isEqualTo(lecture.speakerName());
        assertThat(found.preparationNotes()).isEqualTo(lecture.preparationNotes());
        assertThat(found.status()).isEqualTo(LectureStatus.REVIEWED);
        assertThat(found.givenAt()).contains(T0.plusSeconds(60));
        assertThat(found.attendance()).contains(42);
        assertThat(found.review()).contains("很好");
        assertThat(found.score()).contains(4);
        assertThat(found.reviewedBy()).contains("lecturer");
        assertThat(found.materials()).containsExactly(video, slides);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesAPreparedLectureWithoutThemes() {
        Lecture lecture = aLecture().at(aUnit()).withoutThemes().build();
        repository().store(lecture);
        Lecture found = repository().find(lecture.id()).orElseThrow();
        assertThat(found.themes()).isEmpty();
        assertThat(found.givenAt()).isEmpty();
        assertThat(found.review()).isEmpty();
    }

    @Test
    void bumpsTheVersionAndRejectsAStaleOne() {
        Lecture stored = repository().store(aLecture().at(aUnit()).build());
        Lecture other = repository().find(stored.id()).orElseThrow();
        stored.give(T0, 5);
        Lecture updated = repository().store(stored);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(repository().find(stored.id()).orElseThrow().status()).isEqualTo(LectureStatus.GIVEN);
        assertThatThrownBy(() -> repository().store(other))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new LectureId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void listsTheLecturesOfAUnitByStartInPages() {
        UnitId unit = aUnit();
        Lecture second = repository().store(aLecture().at(unit).startingAt(T0.plusSeconds(86400)).build());
        Lecture first = repository().store(aLecture().at(unit).startingAt(T0).build());
        Lecture third = repository().store(aLecture().at(unit).startingAt(T0.plusSeconds(2 * 86400)).build());
        repository().store(aLecture().at(aUnit()).startingAt(T0).build());

        Page<Lecture> page1 = repository().byUnit(unit, new PageRequest(0, 2));
        Page<Lecture> page2 = repository().byUnit(unit, new PageRequest(2, 2));

        assertThat(page1.items()).extracting(Lecture::id).containsExactly(first.id(), second.id());
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.items()).extracting(Lecture::id).containsExactly(third.id());
        assertThat(page2.hasMore()).isFalse();
    }

    @Test
    void findsHeldLecturesStartingInAPeriod() {
        UnitId unit = aUnit();
        Lecture before = aLecture().at(unit).startingAt(T0.minusSeconds(1)).build();
        before.give(T0, 1);
        Lecture atStart = aLecture().at(unit).startingAt(T0).build();
        atStart.give(T0, 1);
        Lecture reviewed = aLecture().at(unit).startingAt(T0.plusSeconds(3600)).build();
        reviewed.give(T0, 1);
        reviewed.review("r", 3, "x");
        Lecture preparedOnly = aLecture().at(unit).startingAt(T0.plusSeconds(60)).build();
        Lecture atEnd = aLecture().at(unit).startingAt(T0.plusSeconds(7200)).build();
        atEnd.give(T0, 1);
        for (Lecture l : new Lecture[] {before, atStart, reviewed, preparedOnly, atEnd}) {
            repository().store(l);
        }

        Page<Lecture> page1 = repository().givenBetween(unit, T0, T0.plusSeconds(7200), new PageRequest(0, 1));
        Page<Lecture> page2 = repository().givenBetween(unit, T0, T0.plusSeconds(7200), new PageRequest(1, 1));

        assertThat(page1.items()).extracting(Lecture::id).containsExactly(atStart.id());
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.items()).extracting(Lecture::id).containsExactly(reviewed.id());
        assertThat(page2.hasMore()).isFalse();
    }

    @Test
    void listsTheArchiveByTopicThenName() {
        UnitId unit = aUnit();
        Lecture one = aLecture().at(unit).build();
        LectureMaterial b = material("b.mp4", "policy");
        LectureMaterial a = material("a.mp4", "policy");
        LectureMaterial c = material("c.mp4", "morality");
        one.archive(b);
        one.archive(c);
        Lecture two = aLecture().at(unit).build();
        two.archive(a);
        repository().store(one);
        repository().store(two);

        Page<ArchivedMaterial> all = repository().archive(unit, Optional.empty(), new PageRequest(0, 2));
        Page<ArchivedMaterial> policy = repository().archive(unit, Optional.of("policy"), new PageRequest(0, 10));

        assertThat(all.items()).extracting(m -> m.material().name()).containsExactly("c.mp4", "a.mp4");
        assertThat(all.hasMore()).isTrue();
        assertThat(policy.items()).extracting(ArchivedMaterial::lecture).containsExactly(two.id(), one.id());
        assertThat(policy.items()).extracting(ArchivedMaterial::material).containsExactly(a, b);
        assertThat(policy.hasMore()).isFalse();
    }

    @Test
    void keepsWhatCallersHoldApartFromWhatIsStored() {
        Lecture stored = repository().store(aLecture().at(aUnit()).build());
        stored.give(T0, 3);
        assertThat(repository().find(stored.id()).orElseThrow().status()).isEqualTo(LectureStatus.PREPARED);
        assertThat(Set.of(stored.id())).isNotEmpty();
    }

    @Test
    void listsWhereAndWhenLecturesWereHeldAtTheUnitsInAPeriodR_LECT_1() {
        // given
        UnitId unit = aUnit();
        UnitId point = aUnit();
        Lecture later = aLecture().at(unit).startingAt(T0.plusSeconds(3600)).build();
        later.give(T0, 1);
        Lecture first = aLecture().at(point).startingAt(T0).build();
        first.give(T0, 1);
        first.review("r", 3, "x");
        Lecture preparedOnly = aLecture().at(unit).startingAt(T0.plusSeconds(60)).build();
        Lecture atEnd = aLecture().at(unit).startingAt(T0.plusSeconds(7200)).build();
        atEnd.give(T0, 1);
        Lecture elsewhere = aLecture().at(aUnit()).startingAt(T0).build();
        elsewhere.give(T0, 1);
        for (Lecture l : new Lecture[] {later, first, preparedOnly, atEnd, elsewhere}) {
            repository().store(l);
        }

        // when
        List<UnitInstant> held = repository().givenStarts(List.of(unit, point), T0, T0.plusSeconds(7200));

        // then
        assertThat(held).containsExactly(new UnitInstant(point, T0), new UnitInstant(unit, T0.plusSeconds(3600)));
        assertThat(repository().givenStarts(List.of(), T0, T0.plusSeconds(7200))).isEmpty();
    }
}
