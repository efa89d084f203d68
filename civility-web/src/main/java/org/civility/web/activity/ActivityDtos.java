package org.civility.web.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.ParticipantKind;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.ProgrammeTemplate;
import org.civility.core.activity.SignUp;
import org.civility.core.activity.SignUpStatus;
import org.civility.core.activity.Theme;
import org.civility.core.venue.BookingId;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the activity API reads and writes. */
public final class ActivityDtos {

    private ActivityDtos() {
    }

    @Schema(name = "PlanActivity", description = "A new activity of a unit")
    public record PlanActivityDto(
            @Schema(description = "Id of the unit holding the activity") @NotBlank String unit,
            @NotNull PracticeForm form,
            @Schema(description = "One or more of the five themes (五传)") @NotEmpty Set<@NotNull Theme> themes,
            @NotBlank @Size(max = Activity.MAX_TITLE_LENGTH) String title,
            @Size(max = Activity.MAX_DESCRIPTION_LENGTH) String description,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @Schema(description = "Id of an existing venue booking the activity uses") String bookingId,
            @Schema(description = "Places; absent for no limit") @Positive Integer capacity) {
    }

    @Schema(name = "CreateFromTemplate", description = "This year's activity of a seasonal programme")
    public record CreateFromTemplateDto(
            @NotBlank String unit,
            @Schema(description = "Code of a programme template, e.g. LEARN_FROM_LEI_FENG") @NotBlank String template,
            @Schema(description = "The year the season starts in") @NotNull @Min(1900) @Max(2100) Integer year,
            @Schema(description = "Start within the season; absent for 09:00 on its first day") OffsetDateTime start,
            @Positive Integer capacity) {
    }

    @Schema(name = "SignUp", description = "A sign-up: VOLUNTEER participants by volunteer id, RESIDENT by account name")
    public record SignUpDto(ParticipantKind kind, String reference, OffsetDateTime signedUpAt, SignUpStatus status) {

        static SignUpDto of(SignUp s, SignUpStatus status, ZoneId zone) {
            return new SignUpDto(s.participant().kind(), s.participant().reference(), ApiTime.of(s.signedUpAt(), zone),
                    status);
        }
    }

    @Schema(name = "Activity", description = "An activity with its sign-ups: confirmed first, then the waiting list in order")
    public record ActivityDto(String id, String unit, PracticeForm form, List<Theme> themes, String title,
                              String description, OffsetDateTime start, OffsetDateTime end, String bookingId,
                              Integer capacity, OffsetDateTime plannedAt, ActivityStatus status, int confirmedCount,
                              int waitlistCount, List<SignUpDto> signUps, long version) {

        public static ActivityDto of(Activity a, ZoneId zone) {
            List<SignUpDto> signUps = new ArrayList<>();
            a.confirmed().forEach(s -> signUps.add(SignUpDto.of(s, SignUpStatus.CONFIRMED, zone)));
            a.waitlist().forEach(s -> signUps.add(SignUpDto.of(s, SignUpStatus.WAITLISTED, zone)));
            return new ActivityDto(a.id().toString(), a.unit().toString(), a.form(), List.copyOf(a.themes()), a.title(),
                    a.description(), ApiTime.of(a.schedule().start(), zone), ApiTime.of(a.schedule().end(), zone),
                    a.booking().map(BookingId::toString).orElse(null), a.capacity().orElse(null),
                    ApiTime.of(a.plannedAt(), zone), a.status(), a.confirmed().size(), a.waitlist().size(), signUps,
                    a.version());
        }
    }

    @Schema(name = "ActivitySummary", description = "An activity in a list: counts instead of sign-ups")
    public record ActivitySummaryDto(String id, String unit, PracticeForm form, List<Theme> themes, String title,
                                     OffsetDateTime start, OffsetDateTime end, Integer capacity, ActivityStatus status,
                                     int confirmedCount, int waitlistCount, long version) {

        static ActivitySummaryDto of(Activity a, ZoneId zone) {
            return new ActivitySummaryDto(a.id().toString(), a.unit().toString(), a.form(), List.copyOf(a.themes()),
                    a.title(), ApiTime.of(a.schedule().start(), zone), ApiTime.of(a.schedule().end(), zone),
                    a.capacity().orElse(null), a.status(), a.confirmed().size(), a.waitlist().size(), a.version());
        }
    }

    @Schema(name = "ProgrammeTemplate", description = "A recurring seasonal programme (篇3)")
    public record ProgrammeTemplateDto(String code, String name, PracticeForm form, List<Theme> themes,
                                       @Schema(description = "First day of the season, --MM-dd") String seasonStart,
                                       @Schema(description = "Last day of the season, --MM-dd") String seasonEnd,
                                       boolean spansNewYear, long defaultDurationMinutes, String description) {

        static ProgrammeTemplateDto of(ProgrammeTemplate t) {
            return new ProgrammeTemplateDto(t.code(), t.name(), t.form(), List.copyOf(t.themes()),
                    t.seasonStart().toString(), t.seasonEnd().toString(), t.spansNewYear(),
                    t.defaultDuration().toMinutes(), t.description());
        }
    }
}
