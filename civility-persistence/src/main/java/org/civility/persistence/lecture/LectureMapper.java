package org.civility.persistence.lecture;

import java.time.Month;
import java.util.Optional;
import java.util.stream.Collectors;

import org.civility.core.lecture.Lecture;
import org.civility.core.lecture.LectureId;
import org.civility.core.lecture.LectureMaterial;
import org.civility.core.lecture.LectureRequest;
import org.civility.core.lecture.LectureRequestId;
import org.civility.core.lecture.LectureRequestStatus;
import org.civility.core.lecture.LectureStatus;
import org.civility.core.lecture.LectureTheme;
import org.civility.core.lecture.MaterialId;
import org.civility.core.lecture.MaterialKind;
import org.civility.core.lecture.PlanItemSource;
import org.civility.core.lecture.StudyPlan;
import org.civility.core.lecture.StudyPlanId;
import org.civility.core.lecture.StudyPlanItem;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/** Maps the lecture feature's aggregates between core and their JPA model. */
final class LectureMapper {

    private LectureMapper() {
    }

    static Lecture toDomain(LectureEntity e) {
        return Lecture.restore(LectureId.of(e.id), UnitId.of(e.unitId), e.topic,
                e.themes.stream().map(LectureTheme::valueOf).collect(Collectors.toSet()), e.start, e.end,
                VolunteerId.of(e.speakerId), e.speakerName, e.preparationNotes, LectureStatus.valueOf(e.status),
                Optional.ofNullable(e.givenAt), Optional.ofNullable(e.attendance), Optional.ofNullable(e.review),
                Optional.ofNullable(e.score), Optional.ofNullable(e.reviewedBy),
                e.materials.stream().map(LectureMapper::toDomain).toList(), e.version);
    }

    static LectureMaterial toDomain(LectureMaterialEmbeddable m) {
        return new LectureMaterial(MaterialId.of(m.materialId), m.name, MaterialKind.valueOf(m.kind), m.contentType,
                m.size, m.sha256, m.storageKey, m.topic, m.archivedAt, m.archivedBy);
    }

    static void copy(Lecture l, LectureEntity e) {
        e.unitId = l.unit().toString();
        e.topic = l.topic();
        e.start = l.start();
        e.end = l.end();
        e.speakerId = l.speaker().toString();
        e.speakerName = l.speakerName();
        e.preparationNotes = l.preparationNotes();
        e.status = l.status().name();
        e.givenAt = l.givenAt().orElse(null);
        e.attendance = l.attendance().orElse(null);
        e.review = l.review().orElse(null);
        e.score = l.score().orElse(null);
        e.reviewedBy = l.reviewedBy().orElse(null);
        e.themes.retainAll(l.themes().stream().map(Enum::name).toList());
        l.themes().forEach(t -> e.themes.add(t.name()));
        // Materials are only ever appended: keep existing rows, add the new ones.
        for (int i = e.materials.size(); i < l.materials().size(); i++) {
            e.materials.add(toRow(l.materials().get(i)));
        }
    }

    private static LectureMaterialEmbeddable toRow(LectureMaterial m) {
        LectureMaterialEmbeddable row = new LectureMaterialEmbeddable();
        row.materialId = m.id().toString();
        row.name = m.name();
        row.kind = m.kind().name();
        row.contentType = m.contentType();
        row.size = m.size();
        row.sha256 = m.sha256();
        row.storageKey = m.storageKey();
        row.topic = m.topic();
        row.archivedAt = m.archivedAt();
        row.archivedBy = m.archivedBy();
        return row;
    }

    static StudyPlan toDomain(StudyPlanEntity e) {
        return StudyPlan.restore(StudyPlanId.of(e.id), UnitId.of(e.unitId), e.year,
                Optional.ofNullable(e.parentPlanId).map(StudyPlanId::of),
                e.items.stream().map(i -> new StudyPlanItem(Month.of(i.month), i.topic, PlanItemSource.valueOf(i.source),
                        Optional.ofNullable(i.requestId).map(LectureRequestId::of))).toList(),
                e.createdAt, e.createdBy, e.version);
    }

    static void copy(StudyPlan p, StudyPlanEntity e) {
        e.unitId = p.unit().toString();
        e.year = p.year();
        e.parentPlanId = p.parentPlan().map(StudyPlanId::toString).orElse(null);
        e.createdAt = p.createdAt();
        e.createdBy = p.createdBy();
        e.items.clear();
        for (StudyPlanItem i : p.items()) {
            StudyPlanItemEmbeddable row = new StudyPlanItemEmbeddable();
            row.month = i.month().getValue();
            row.topic = i.topic();
            row.source = i.source().name();
            row.requestId = i.request().map(LectureRequestId::toString).orElse(null);
            e.items.add(row);
        }
    }

    static LectureRequest toDomain(LectureRequestEntity e) {
        return LectureRequest.restore(LectureRequestId.of(e.id), UnitId.of(e.unitId), e.topic, e.reason, e.filedBy,
                e.filedAt, LectureRequestStatus.valueOf(e.status),
                Optional.ofNullable(e.adoptedInPlanId).map(StudyPlanId::of), e.version);
    }

    static void copy(LectureRequest r, LectureRequestEntity e) {
        e.unitId = r.unit().toString();
        e.topic = r.topic();
        e.reason = r.reason();
        e.filedBy = r.filedBy();
        e.filedAt = r.filedAt();
        e.status = r.status().name();
        e.adoptedInPlanId = r.adoptedIn().map(StudyPlanId::toString).orElse(null);
    }
}
