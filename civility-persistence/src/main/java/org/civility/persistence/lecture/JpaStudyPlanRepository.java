package org.civility.persistence.lecture;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.civility.core.lecture.LectureError;
import org.civility.core.lecture.StudyPlan;
import org.civility.core.lecture.StudyPlanId;
import org.civility.core.lecture.StudyPlanRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/** {@link StudyPlanRepository} over JPA; one plan per unit and year (uq_civ_study_plan_unit_year as backstop). */
public class JpaStudyPlanRepository implements StudyPlanRepository {

    private final EntityManager em;

    public JpaStudyPlanRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<StudyPlan> find(StudyPlanId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(StudyPlanEntity.class, id.toString())).map(LectureMapper::toDomain);
    }

    @Override
    public StudyPlan store(StudyPlan plan) {
        requireNonNull(plan, "plan");
        Runnable onePlanPerUnitAndYear = () -> {
            if (byUnitAndYear(plan.unit(), plan.year()).isPresent()) {
                throw CivilityException.of(LectureError.PLAN_EXISTS, "unit", plan.unit(), "year", plan.year());
            }
        };
        StudyPlanEntity e = StoredVersions.store(em, StudyPlanEntity.class, "studyPlan", plan.id(), plan.version(),
                onePlanPerUnitAndYear, StudyPlanEntity::new, row -> LectureMapper.copy(plan, row), row -> row.version);
        return LectureMapper.toDomain(e);
    }

    @Override
    public Optional<StudyPlan> byUnitAndYear(UnitId unit, int year) {
        requireNonNull(unit, "unit");
        List<StudyPlanEntity> rows = em.createQuery(
                        "select p from StudyPlanEntity p where p.unitId = :unit and p.year = :year", StudyPlanEntity.class)
                .setParameter("unit", unit.toString())
                .setParameter("year", year)
                .getResultList();
        return rows.stream().findFirst().map(LectureMapper::toDomain);
    }
}
