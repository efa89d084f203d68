package org.civility.core.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civility.core.lecture.ArchivedMaterial;
import org.civility.core.lecture.Lecture;
import org.civility.core.lecture.LectureId;
import org.civility.core.lecture.LectureRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitInstant;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Lectures in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryLectureRepository implements LectureRepository {

    private static final Comparator<Lecture> BY_START_THEN_ID =
            Comparator.comparing(Lecture::start).thenComparing(l -> l.id().toString());
    private static final Comparator<ArchivedMaterial> BY_TOPIC_NAME_ID =
            Comparator.<ArchivedMaterial, String>comparing(a -> a.material().topic())
                    .thenComparing(a -> a.material().name())
                    .thenComparing(a -> a.material().id().toString());

    private final Map<LectureId, Lecture> lectures = new HashMap<>();

    @Override
    public synchronized Optional<Lecture> find(LectureId id) {
        return Optional.ofNullable(lectures.get(id)).map(l -> copy(l, l.version()));
    }

    @Override
    public synchronized Lecture store(Lecture lecture) {
        Lecture current = lectures.get(lecture.id());
        long actual = current == null ? 0 : current.version();
        if (lecture.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "lecture", "id", lecture.id(),
                    "expected", lecture.version(), "actual", actual);
        }
        Lecture stored = copy(lecture, actual + 1);
        lectures.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Lecture> byUnit(UnitId unit, PageRequest page) {
        return Page.of(lectures.values().stream().filter(l -> l.unit().equals(unit)).sorted(BY_START_THEN_ID)
                .map(l -> copy(l, l.version())).toList(), page);
    }

    @Override
    public synchronized Page<Lecture> givenBetween(UnitId unit, Instant from, Instant to, PageRequest page) {
        return Page.of(lectures.values().stream()
                .filter(l -> l.unit().equals(unit) && l.status().held())
                .filter(l -> !l.start().isBefore(from) && l.start().isBefore(to))
                .sorted(BY_START_THEN_ID).map(l -> copy(l, l.version())).toList(), page);
    }

    @Override
    public synchronized List<UnitInstant> givenStarts(Collection<UnitId> units, Instant from, Instant to) {
        Set<UnitId> wanted = Set.copyOf(units);
        return lectures.values().stream()
                .filter(l -> wanted.contains(l.unit()) && l.status().held())
                .filter(l -> !l.start().isBefore(from) && l.start().isBefore(to))
                .map(l -> new UnitInstant(l.unit(), l.start()))
                .sorted(Comparator.comparing(UnitInstant::at).thenComparing(u -> u.unit().toString())).toList();
    }

    @Override
    public synchronized Page<ArchivedMaterial> archive(UnitId unit, Optional<String> topic, PageRequest page) {
        return Page.of(lectures.values().stream().filter(l -> l.unit().equals(unit))
                .flatMap(l -> l.materials().stream().map(m -> new ArchivedMaterial(l.id(), m)))
                .filter(a -> topic.map(t -> t.equals(a.material().topic())).orElse(true))
                .sorted(BY_TOPIC_NAME_ID).toList(), page);
    }

    private static Lecture copy(Lecture l, long version) {
        return Lecture.restore(l.id(), l.unit(), l.topic(), l.themes(), l.start(), l.end(), l.speaker(),
                l.speakerName(), l.preparationNotes(), l.status(), l.givenAt(), l.attendance(), l.review(),
                l.score(), l.reviewedBy(), l.materials(), version);
    }
}
