package org.civility.persistence.lecture;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.civility.core.lecture.ArchivedMaterial;
import org.civility.core.lecture.Lecture;
import org.civility.core.lecture.LectureId;
import org.civility.core.lecture.LectureRepository;
import org.civility.core.lecture.LectureStatus;
import org.civility.core.lecture.MaterialId;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitInstant;
import org.civility.persistence.internal.InLists;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/** {@link LectureRepository} over JPA; runs in the caller's transaction. */
public class JpaLectureRepository implements LectureRepository {

    private final EntityManager em;

    public JpaLectureRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Lecture> find(LectureId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(LectureEntity.class, id.toString())).map(LectureMapper::toDomain);
    }

    @Override
    public Lecture store(Lecture lecture) {
        requireNonNull(lecture, "lecture");
        // Every store is a new version, even when only materials changed.
        LectureEntity e = StoredVersions.store(em, LectureEntity.class, "lecture", lecture.id(), lecture.version(),
                LectureEntity::new, row -> LectureMapper.copy(lecture, row), row -> row.version);
        return LectureMapper.toDomain(e);
    }

    @Override
    public Page<Lecture> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return page(em.createQuery(
                        "select l from LectureEntity l where l.unitId = :unit order by l.start, l.id", LectureEntity.class)
                .setParameter("unit", unit.toString()), page);
    }

    @Override
    public Page<Lecture> givenBetween(UnitId unit, Instant from, Instant to, PageRequest page) {
        requireNonNull(unit, "unit");
        return page(em.createQuery("select l from LectureEntity l where l.unitId = :unit and l.status in :held"
                                + " and l.start >= :from and l.start < :to order by l.start, l.id", LectureEntity.class)
                .setParameter("unit", unit.toString())
                .setParameter("held", List.of(LectureStatus.GIVEN.name(), LectureStatus.REVIEWED.name()))
                .setParameter("from", requireNonNull(from, "from"))
                .setParameter("to", requireNonNull(to, "to")), page);
    }

    @Override
    public List<UnitInstant> givenStarts(Collection<UnitId> units, Instant from, Instant to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        return InLists.read(units.stream().map(UnitId::toString).toList(), chunk -> em.createQuery(
                                "select l.unitId, l.start from LectureEntity l where l.unitId in :units"
                                        + " and l.status in :held and l.start >= :from and l.start < :to", Object[].class)
                        .setParameter("units", chunk)
                        .setParameter("held", List.of(LectureStatus.GIVEN.name(), LectureStatus.REVIEWED.name()))
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()).stream()
                .map(row -> new UnitInstant(UnitId.of((String) row[0]), (Instant) row[1]))
                .sorted(Comparator.comparing(UnitInstant::at).thenComparing(u -> u.unit().toString()))
                .toList();
    }

    @Override
    public Page<ArchivedMaterial> archive(UnitId unit, Optional<String> topic, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        String sql = "select m.lecture_id, m.material_id from civ_lecture_material m"
                + " join civ_lecture l on l.id = m.lecture_id where l.unit_id = ?1"
                + (topic.isPresent() ? " and m.topic = ?2" : "")
                + " order by m.topic, m.name, m.material_id";
        Query query = em.createNativeQuery(sql).setParameter(1, unit.toString());
        topic.ifPresent(t -> query.setParameter(2, t));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
        boolean hasMore = rows.size() > page.limit();
        List<ArchivedMaterial> items = rows.stream().limit(page.limit()).map(row -> {
            Lecture lecture = find(LectureId.of((String) row[0])).orElseThrow();
            return new ArchivedMaterial(lecture.id(), lecture.requireMaterial(MaterialId.of((String) row[1])));
        }).toList();
        return new Page<>(items, page.offset(), hasMore);
    }

    private static Page<Lecture> page(jakarta.persistence.TypedQuery<LectureEntity> query, PageRequest page) {
        requireNonNull(page, "page");
        return Pages.of(query, page, LectureMapper::toDomain);
    }
}
