package org.civility.web.assistance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.assistance.CareCategory;
import org.civility.core.assistance.CarePairing;
import org.civility.core.assistance.CarePairingId;
import org.civility.core.assistance.CarePairingView;
import org.civility.core.assistance.CareRecipient;
import org.civility.core.assistance.CareRecipientDetails;
import org.civility.core.assistance.CareRecipientSummary;
import org.civility.core.assistance.Guardian;
import org.civility.core.assistance.OverdueVisit;
import org.civility.core.assistance.OverdueVisitsReport;
import org.civility.core.assistance.PairingStatus;
import org.civility.core.assistance.Visit;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the assistance API reads and writes. Records carrying personal details never print them. */
public final class AssistanceDtos {

    private AssistanceDtos() {
    }

    @Schema(name = "RegisterCareRecipient", description = "A care recipient to register (MANAGE_CARE at the unit)")
    public record RegisterCareRecipientDto(
            @Schema(description = "Id of the unit (station)") @NotBlank String unit,
            @NotNull CareCategory category,
            @NotBlank @Size(max = CareRecipient.MAX_NAME_LENGTH) String name,
            @Schema(description = "18-character resident ID number, if known", examples = "11010519491231002X")
            @Size(max = 32) String residentIdNumber,
            @Schema(description = "Year of birth when no ID number is known") @Min(1900) @Max(2100) Integer birthYear,
            @NotBlank @Size(max = CareRecipient.MAX_ADDRESS_LENGTH) String address,
            @Schema(description = "Mainland mobile number, if any", examples = "13812345678") @Size(max = 32) String phone,
            @Schema(description = "Needs and notes") @Size(max = CareRecipient.MAX_NEEDS_LENGTH) String needs,
            @Schema(description = "Only for left-behind and orphaned or disabled children") @Valid GuardianDto guardian) {

        @Override
        public String toString() {
            return "RegisterCareRecipientDto[" + unit + ", " + category + "]";
        }
    }

    @Schema(name = "CareGuardian", description = "The guardian of a child in care")
    public record GuardianDto(
            @NotBlank @Size(max = CareRecipient.MAX_NAME_LENGTH) String name,
            @NotBlank @Size(max = 32) String phone,
            @NotNull GuardianRelation relation) {

        static GuardianDto of(Guardian g) {
            return new GuardianDto(g.name(), g.phone().value(), g.relation());
        }

        @Override
        public String toString() {
            return "GuardianDto[" + relation + "]";
        }
    }

    @Schema(name = "CareRecipientSummary", description = "A care recipient without personal details")
    public record CareRecipientSummaryDto(String id, String unit, CareCategory category, PairingStatus pairingStatus,
                                          OffsetDateTime registeredAt, long version) {

        static CareRecipientSummaryDto of(CareRecipientSummary s, ZoneId zone) {
            return new CareRecipientSummaryDto(s.id().toString(), s.unit().toString(), s.category(), s.status(),
                    ApiTime.of(s.registeredAt(), zone), s.version());
        }
    }

    @Schema(name = "CareRecipientDetails", description = "A care recipient's details in full: only for the paired "
            + "volunteers and the head (VIEW_CARE_DETAILS)")
    public record CareRecipientDetailsDto(String id, String unit, CareCategory category, String name,
                                          String residentIdNumber, Integer birthYear, String address, String phone,
                                          String needs, GuardianDto guardian, List<String> activePairings,
                                          OffsetDateTime registeredAt, long version) {

        static CareRecipientDetailsDto of(CareRecipientDetails d, ZoneId zone) {
            return new CareRecipientDetailsDto(d.id().toString(), d.unit().toString(), d.category(), d.name(),
                    d.residentIdNumber().orElse(null), d.birthYear().orElse(null), d.address(), d.phone().orElse(null),
                    d.needs(), d.guardian().map(GuardianDto::of).orElse(null),
                    d.activePairings().stream().map(CarePairingId::toString).toList(),
                    ApiTime.of(d.registeredAt(), zone), d.version());
        }

        @Override
        public String toString() {
            return "CareRecipientDetailsDto[" + id + ", v" + version + "]";
        }
    }

    @Schema(name = "StartCarePairing", description = "Pair volunteers with a care recipient (MANAGE_CARE)")
    public record StartCarePairingDto(
            @NotBlank String recipient,
            @NotEmpty @Size(max = CarePairing.MAX_VOLUNTEERS) List<@NotBlank String> volunteers,
            @Schema(description = "Visit at least every so many days (R-HELP-1: at most the unit's maximum, 30 by default)")
            @NotNull @Min(1) Integer visitIntervalDays,
            @Schema(description = "Defaults to today; may lie in the past within the unit's setting (90 days by default)")
            LocalDate startedOn) {
    }

    @Schema(name = "RecordVisit", description = "A visit recorded by one of the pairing's volunteers")
    public record RecordVisitDto(
            @NotNull OffsetDateTime visitedAt,
            @NotNull @Min(1) @Max(Visit.MAX_DURATION_MINUTES) Integer durationMinutes,
            @Size(max = Visit.MAX_NOTES_LENGTH) String notes) {

        @Override
        public String toString() {
            return "RecordVisitDto[" + visitedAt + "]";
        }
    }

    @Schema(name = "CareVisit", description = "A visit; notes are empty unless the caller may see the details")
    public record VisitDto(String volunteer, OffsetDateTime visitedAt, int durationMinutes, String notes) {

        static VisitDto of(Visit v, ZoneId zone) {
            return new VisitDto(v.volunteer().toString(), ApiTime.of(v.visitedAt(), zone), v.durationMinutes(),
                    v.notes());
        }
    }

    @Schema(name = "CarePairing", description = "A care pairing (结对关爱) with its visit log")
    public record CarePairingDto(String id, String recipient, String unit, CareCategory category,
                                 List<String> volunteers, int visitIntervalDays, LocalDate startedOn,
                                 LocalDate endedOn, List<VisitDto> visits, LocalDate lastVisitOn,
                                 LocalDate visitDueBy, long daysOverdue, boolean detailsVisible, long version) {

        static CarePairingDto of(CarePairingView p, ZoneId zone) {
            return new CarePairingDto(p.id().toString(), p.recipient().toString(), p.unit().toString(), p.category(),
                    p.volunteers().stream().map(VolunteerId::toString).toList(), p.visitIntervalDays(), p.startedOn(),
                    p.endedOn().orElse(null), p.visits().stream().map(v -> VisitDto.of(v, zone)).toList(),
                    p.lastVisitOn().orElse(null), p.visitDueBy(), p.daysOverdue(), p.detailsVisible(), p.version());
        }
    }

    @Schema(name = "OverdueVisit", description = "A pairing whose next visit is past due (no personal details)")
    public record OverdueVisitDto(String pairing, String recipient, String unit, CareCategory category,
                                  List<String> volunteers, int visitIntervalDays, LocalDate lastVisitOn,
                                  LocalDate visitDueBy, long daysOverdue) {

        static OverdueVisitDto of(OverdueVisit o) {
            return new OverdueVisitDto(o.pairing().toString(), o.recipient().toString(), o.unit().toString(),
                    o.category(), o.volunteers().stream().map(VolunteerId::toString).toList(), o.visitIntervalDays(),
                    o.lastVisitOn().orElse(null), o.visitDueBy(), o.daysOverdue());
        }
    }

    @Schema(name = "OverdueVisitsReport", description = "R-HELP-1: overdue pairings at or below a unit, most overdue first")
    public record OverdueVisitsReportDto(String unit, LocalDate asOf, List<OverdueVisitDto> overdue) {

        static OverdueVisitsReportDto of(OverdueVisitsReport r) {
            return new OverdueVisitsReportDto(r.unit().toString(), r.asOf(),
                    r.overdue().stream().map(OverdueVisitDto::of).toList());
        }
    }
}
