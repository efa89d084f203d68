package org.civility.web.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.Attendee;
import org.civility.core.activity.MonthOfRecords;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.RecordPhoto;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the activity record API (R-ACT-1) reads and writes. */
public final class ActivityRecordDtos {

    private ActivityRecordDtos() {
    }

    @Schema(name = "KeepActivityRecord", description = "The summary of a held activity and the names of the people "
            + "signed in by hand (without a check-in), replacing those kept before")
    public record KeepRecordDto(
            @NotBlank @Size(max = ActivityRecord.MAX_SUMMARY_LENGTH) String summary,
            @Schema(description = "Names signed in by hand, 1-50 characters each, at most 500")
            @Size(max = ActivityRecord.MAX_NAMES)
            List<@NotBlank @Size(max = ActivityRecord.MAX_NAME_LENGTH) String> names) {
    }

    @Schema(name = "ActivityRecordAttendee", description = "A volunteer who checked in")
    public record AttendeeDto(String volunteerId, String name) {

        static AttendeeDto of(Attendee a) {
            return new AttendeeDto(a.volunteer().toString(), a.name());
        }
    }

    @Schema(name = "ActivityRecordPhoto", description = "A photo of a record; its bytes at GET …/record/photos/{id}")
    public record PhotoDto(String id, String name, String contentType, long size, String sha256,
                           OffsetDateTime addedAt, String addedBy) {

        /** {@code addedBy} only for callers who manage the unit's activities, like the record's other names. */
        static PhotoDto of(RecordPhoto p, boolean withNames, ZoneId zone) {
            return new PhotoDto(p.id().toString(), p.name(), p.type().mediaType(), p.size(), p.sha256(),
                    ApiTime.of(p.addedAt(), zone), withNames ? p.addedBy() : null);
        }
    }

    @Schema(name = "ActivityRecord", description = "The record (台账) of a held activity (R-ACT-1). checkedIn, "
            + "namesAddedByHand and keptBy are null for callers who do not manage the unit's activities; the counts "
            + "are always there. complete: a summary, at least one photo and at least one person in attendance.")
    public record ActivityRecordDto(String activityId, String unit, PracticeForm form, String title,
                                    OffsetDateTime start, OffsetDateTime end, String summary, int attendance,
                                    int checkedInCount, int addedByHandCount, List<AttendeeDto> checkedIn,
                                    List<String> namesAddedByHand, List<PhotoDto> photos, boolean complete,
                                    OffsetDateTime keptAt, String keptBy, long version) {

        static ActivityRecordDto of(ActivityRecord r, boolean withNames, ZoneId zone) {
            return new ActivityRecordDto(r.activity().toString(), r.unit().toString(), r.form(), r.title(),
                    ApiTime.of(r.schedule().start(), zone), ApiTime.of(r.schedule().end(), zone), r.summary(),
                    r.attendance(), r.checkedIn().size(), r.addedByHand().size(),
                    withNames ? r.checkedIn().stream().map(AttendeeDto::of).toList() : null,
                    withNames ? r.addedByHand() : null,
                    r.photos().stream().map(p -> PhotoDto.of(p, withNames, zone)).toList(), r.complete(),
                    ApiTime.of(r.keptAt(), zone), withNames ? r.keptBy() : null, r.version());
        }
    }

    @Schema(name = "ActivityWithoutRecord", description = "A held activity of the month that keeps no record yet")
    public record GapDto(String activityId, String unit, String unitName, PracticeForm form, String title,
                         OffsetDateTime start) {

        static GapDto of(MonthOfRecords.Gap g, ZoneId zone) {
            Activity a = g.activity();
            return new GapDto(a.id().toString(), a.unit().toString(), g.unitName(), a.form(), a.title(),
                    ApiTime.of(a.schedule().start(), zone));
        }
    }

    @Schema(name = "MonthOfActivityRecords", description = "A unit's month of activity records (R-ACT-1): the "
            + "records of the activities held at the unit and below it that started in the month, and the held "
            + "activities without a record")
    public record MonthDto(String unit, String unitName, String month, int records, long complete,
                           List<ActivityRecordDto> items, List<GapDto> withoutRecord) {

        static MonthDto of(MonthOfRecords m, ZoneId zone) {
            return new MonthDto(m.unit().toString(), m.unitName(), m.month().toString(), m.records().size(),
                    m.complete(), m.records().stream().map(l -> ActivityRecordDto.of(l.record(), true, zone)).toList(),
                    m.missing().stream().map(g -> GapDto.of(g, zone)).toList());
        }
    }
}
