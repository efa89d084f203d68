package org.civility.core.lecture;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitInstant;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where lectures (with their materials' metadata) are kept. Implementations: {@code InMemoryLectureRepository}, JPA. */
public interface LectureRepository {

    Optional<Lecture> find(LectureId id);

    /**
     * Inserts or updates, materials included; returns the lecture as stored, with its new version.
     *
     * @throws CivilityException STALE-VERSION if {@code lecture.version()} differs from the stored one
     */
    Lecture store(Lecture lecture);

    /** Lectures of exactly {@code unit}, ordered by start, then id (as text). */
    Page<Lecture> byUnit(UnitId unit, PageRequest page);

    /**
     * Lectures of exactly {@code unit} that were held (status GIVEN or REVIEWED) and start in
     * {@code [from, to)}, ordered by start, then id (R-LECT-1).
     */
    Page<Lecture> givenBetween(UnitId unit, Instant from, Instant to, PageRequest page);

    /**
     * The unit and start of each lecture of {@code units} (each exactly) that was held (GIVEN or REVIEWED) and starts
     * in {@code [from, to)}, ordered by start, then unit: what {@link #givenBetween} reports by month (R-LECT-1) need,
     * in one read however many units.
     *
     * @return never null; empty for no units
     */
    List<UnitInstant> givenStarts(Collection<UnitId> units, Instant from, Instant to);

    /**
     * The archive (R-LECT-3): materials of lectures of exactly {@code unit}, filed under {@code topic}
     * (or all topics when empty), ordered by topic, name, then material id (as text).
     */
    Page<ArchivedMaterial> archive(UnitId unit, Optional<String> topic, PageRequest page);
}
