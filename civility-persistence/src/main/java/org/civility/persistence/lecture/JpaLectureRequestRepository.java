package org.civility.persistence.lecture;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.civility.core.lecture.LectureRequest;
import org.civility.core.lecture.LectureRequestId;
import org.civility.core.lecture.LectureRequestRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/** {@link LectureRequestRepository} over JPA; runs in the caller's transaction. */
public class JpaLectureRequestRepository implements LectureRequestRepository {

    private final EntityManager em;

    public JpaLectureRequestRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<LectureRequest> find(LectureRequestId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(LectureRequestEntity.class, id.toString())).map(LectureMapper::toDomain);
    }

    @Override
    public LectureRequest store(LectureRequest request) {
        requireNonNull(request, "request");
        String id = request.id().toString();
        LectureRequestEntity e = em.find(LectureRequestEntity.class, id);
        if (e == null) {
            StoredVersions.checkNew("lectureRequest", request.id(), request.version());
            e = new LectureRequestEntity(id);
            LectureMapper.copy(request, e);
            em.persist(e);
        } else {
            StoredVersions.check("lectureRequest", request.id(), request.version(), e.version);
            LectureMapper.copy(request, e);
        }
        StoredVersions.flush(em, "lectureRequest", request.id(), request.version());
        return LectureMapper.toDomain(e);
    }

    @Override
    public Page<LectureRequest> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery(
                        "select r from LectureRequestEntity r where r.unitId = :unit order by r.filedAt, r.id",
                        LectureRequestEntity.class)
                .setParameter("unit", unit.toString()), page, LectureMapper::toDomain);
    }
}
