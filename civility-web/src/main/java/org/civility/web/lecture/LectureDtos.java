package org.civility.web.lecture;

import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.civility.core.lecture.ArchivedMaterial;
import org.civility.core.lecture.Lecture;
import org.civility.core.lecture.LectureComplianceReport;
import org.civility.core.lecture.LectureMaterial;
import org.civility.core.lecture.LectureRequest;
import org.civility.core.lecture.LectureRequestStatus;
import org.civility.core.lecture.LectureStatus;
import org.civility.core.lecture.LectureTheme;
import org.civility.core.lecture.MaterialKind;
import org.civility.core.lecture.PlanItemSource;
import org.civility.core.lecture.StationCompliance;
import org.civility.core.lecture.StudyPlan;
import org.civility.core.lecture.StudyPlanItem;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the lecture API reads and writes. */
public final class LectureDtos {

    private LectureDtos() {
    }

    @Schema(name = "ScheduleLecture", description = "A lecture its speaker has prepared (备课)")
    public record ScheduleLectureDto(
            @Schema(description = "Id of the unit (a station) holding the lecture") @NotBlank String unit,
            @NotBlank @Size(max = Lecture.MAX_TOPIC_LENGTH) String topic,
            @Schema(description = "Themes (五传), optional") Set<LectureTheme> themes,
            @NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
            @Schema(description = "Volunteer id of the speaker (R-LECT-2)") @NotBlank String speakerVolunteerId,
            @NotBlank @Size(max = Lecture.MAX_SPEAKER_NAME_LENGTH) String speakerName,
            @NotBlank @Size(max = Lecture.MAX_NOTES_LENGTH) String preparationNotes) {
    }

    @Schema(name = "RecordLectureGiven", description = "授课: when (default now) and how many attended")
    public record RecordGivenDto(OffsetDateTime at, @PositiveOrZero int attendance) {
    }

    @Schema(name = "ReviewLecture", description = "评课: a review and a score 1..5")
    public record ReviewDto(@NotBlank @Size(max = Lecture.MAX_NOTES_LENGTH) String text, @Min(1) @Max(5) int score) {
    }

    @Schema(name = "LectureMaterial", description = "An archived material's metadata (R-LECT-3)")
    public record MaterialDto(String id, String lecture, String name, MaterialKind kind, String contentType, long size,
                              String sha256, String topic, OffsetDateTime archivedAt, String archivedBy) {

        static MaterialDto of(String lecture, LectureMaterial m, ZoneId zone) {
            return new MaterialDto(m.id().toString(), lecture, m.name(), m.kind(), m.contentType(), m.size(),
                    m.sha256(), m.topic(), ApiTime.of(m.archivedAt(), zone), m.archivedBy());
        }

        static MaterialDto of(ArchivedMaterial a, ZoneId zone) {
            return of(a.lecture().toString(), a.material(), zone);
        }
    }

    @Schema(name = "Lecture", description = "A lecture with its materials")
    public record LectureDto(String id, String unit, String topic, Set<LectureTheme> themes, OffsetDateTime start,
                             OffsetDateTime end, String speakerVolunteerId, String speakerName, String preparationNotes,
                             LectureStatus status, OffsetDateTime givenAt, Integer attendance, String review,
                             Integer score, String reviewedBy, List<MaterialDto> materials, long version) {

        static LectureDto of(Lecture l, ZoneId zone) {
            return new LectureDto(l.id().toString(), l.unit().toString(), l.topic(), l.themes(),
                    ApiTime.of(l.start(), zone), ApiTime.of(l.end(), zone), l.speaker().toString(), l.speakerName(),
                    l.preparationNotes(), l.status(), l.givenAt().map(t -> ApiTime.of(t, zone)).orElse(null),
                    l.attendance().orElse(null), l.review().orElse(null), l.score().orElse(null),
                    l.reviewedBy().orElse(null),
                    l.materials().stream().map(m -> MaterialDto.of(l.id().toString(), m, zone)).toList(), l.version());
        }
    }

    @Schema(name = "StationCompliance", description = "A station and the months it held no lecture")
    public record StationComplianceDto(String station, String name, int lectures, boolean compliant,
                                       @Schema(example = "[\"2026-02\"]") List<String> missingMonths) {

        static StationComplianceDto of(StationCompliance s) {
            return new StationComplianceDto(s.station().toString(), s.name(), s.lectures(), s.compliant(),
                    s.missingMonths().stream().map(Object::toString).toList());
        }
    }

    @Schema(name = "LectureComplianceReport", description = "R-LECT-1: stations below a unit and their months without a lecture")
    public record ComplianceReportDto(String unit, String from, String to, List<StationComplianceDto> stations) {

        static ComplianceReportDto of(LectureComplianceReport r) {
            return new ComplianceReportDto(r.unit().toString(), r.from().toString(), r.to().toString(),
                    r.stations().stream().map(StationComplianceDto::of).toList());
        }
    }

    @Schema(name = "FileLectureRequest", description = "A resident asks for a lecture topic (R-LECT-4)")
    public record FileRequestDto(@NotBlank @Size(max = Lecture.MAX_TOPIC_LENGTH) String topic,
                                 @NotBlank @Size(max = LectureRequest.MAX_REASON_LENGTH) String reason) {
    }

    @Schema(name = "LectureRequest", description = "filedBy (the resident's account name) only for those who manage "
            + "the unit's lectures and for the resident themself")
    public record LectureRequestDto(String id, String unit, String topic, String reason, String filedBy,
                                    OffsetDateTime filedAt, LectureRequestStatus status, String adoptedInPlan,
                                    long version) {

        /** {@code filedBy} only where {@code withFiler} (StudyPlanService.showsFiler), else null. */
        static LectureRequestDto of(LectureRequest r, ZoneId zone, boolean withFiler) {
            return new LectureRequestDto(r.id().toString(), r.unit().toString(), r.topic(), r.reason(),
                    withFiler ? r.filedBy() : null,
                    ApiTime.of(r.filedAt(), zone), r.status(), r.adoptedIn().map(Object::toString).orElse(null),
                    r.version());
        }
    }

    @Schema(name = "StudyPlanSelection", description = "A request the plan takes, in a month")
    public record SelectionDto(@NotBlank String requestId, @NotNull Month month) {
    }

    @Schema(name = "StudyPlanLocalItem", description = "An item the unit adds itself")
    public record LocalItemDto(@NotNull Month month, @NotBlank @Size(max = Lecture.MAX_TOPIC_LENGTH) String topic) {
    }

    @Schema(name = "DrawUpStudyPlan", description = "R-LECT-4: the parent's plan plus selected requests and local items")
    public record DrawUpDto(List<@Valid @NotNull SelectionDto> requests, List<@Valid @NotNull LocalItemDto> localItems) {
    }

    @Schema(name = "StudyPlanItem")
    public record StudyPlanItemDto(Month month, String topic, PlanItemSource source, boolean inherited, String request) {

        static StudyPlanItemDto of(StudyPlanItem i) {
            return new StudyPlanItemDto(i.month(), i.topic(), i.source(), i.inherited(),
                    i.request().map(Object::toString).orElse(null));
        }
    }

    @Schema(name = "StudyPlan", description = "A unit's yearly study plan (R-LECT-4)")
    public record StudyPlanDto(String id, String unit, int year, String parentPlan, List<StudyPlanItemDto> items,
                               OffsetDateTime createdAt, String createdBy, long version) {

        static StudyPlanDto of(StudyPlan p, ZoneId zone) {
            return new StudyPlanDto(p.id().toString(), p.unit().toString(), p.year(),
                    p.parentPlan().map(Object::toString).orElse(null),
                    p.items().stream().map(StudyPlanItemDto::of).toList(), ApiTime.of(p.createdAt(), zone),
                    p.createdBy(), p.version());
        }
    }
}
