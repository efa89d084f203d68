package org.civility.web.celebration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.celebration.CeremonyKind;
import org.civility.core.celebration.FamilyCeremony;
import org.civility.core.celebration.PersuasionVisit;
import org.civility.core.celebration.FestivalDate;
import org.civility.core.celebration.PlannedFestivalActivity;
import org.civility.core.shared.Messages;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the celebration API reads and writes. */
public final class CelebrationDtos {

    private static final String BUNDLE = "org.civility.core.celebration.messages";

    private CelebrationDtos() {
    }

    @Schema(name = "Festival", description = "A festival's day (China Standard Time) in a year")
    public record FestivalDto(
            @Schema(description = "SPRING_FESTIVAL, LANTERN, QINGMING, DRAGON_BOAT, QIXI, MID_AUTUMN, DOUBLE_NINTH")
            String festival,
            @Schema(description = "Chinese name, e.g. 中秋节") String name,
            @Schema(description = "ISO date, e.g. 2026-09-25") String date) {
        static FestivalDto of(FestivalDate f) {
            return new FestivalDto(f.festival().name(), zhName(f.festival().name()), f.date().toString());
        }
    }

    @Schema(name = "Festivals")
    public record FestivalsDto(int year, List<FestivalDto> items) {
    }

    @Schema(name = "PlannedFestivalActivity", description = "A suggested \"our festivals\" activity, not yet scheduled")
    public record PlannedActivityDto(String unitId, String festival, String name, String date, String form,
                                     List<String> themes, String title) {
        static PlannedActivityDto of(PlannedFestivalActivity p) {
            return new PlannedActivityDto(p.unit().toString(), p.festival().name(), zhName(p.festival().name()),
                    p.date().toString(), p.form().name(), p.themes().stream().map(Enum::name).sorted().toList(),
                    p.title());
        }
    }

    @Schema(name = "FestivalPlan")
    public record FestivalPlanDto(String unitId, int year, List<PlannedActivityDto> items) {
    }

    @Schema(name = "RegisterCeremony", description = "A wedding or funeral declared to the red-and-white affairs council")
    public record RegisterCeremonyDto(
            @Schema(description = "Id of the station whose council registers it") @NotBlank String unit,
            @NotNull CeremonyKind kind,
            @Schema(description = "Household or host name") @NotBlank @Size(max = 50) String host,
            @Schema(description = "ISO date of the (first) day") @NotBlank String date,
            @Schema(description = "Banquet tables") @NotNull @Min(1) Integer tables,
            @Schema(description = "Gift money per guest in fen (200 元 = 20000)") @NotNull @Min(0) Long giftFen,
            @Schema(description = "Days it lasts") @NotNull @Min(1) Integer days) {
    }

    @Schema(name = "CeremonyLimits", description = "The village limits the ceremony was checked against (R-CELE-1)")
    public record LimitsDto(int maxTables, long maxGiftFen, int maxDays) {
    }

    // No @Schema on the components: Payara's OpenAPI reader takes an annotated accessor whose name contains "set"
    // (setting()) for a setter and fails on its missing argument, and the whole document with it.
    @Schema(name = "LimitBreach", description = "One village limit the ceremony exceeds (R-CELE-1): the setting "
            + "(e.g. celebration.wedding.max-tables), the limit in force and what was asked for")
    public record BreachDto(String setting, long limit, long requested) {
    }

    @Schema(name = "PersuasionVisit", description = "The council's persuasion visit (劝导) to the household")
    public record VisitRecordDto(String note, OffsetDateTime visitedAt, String visitedBy) {
    }

    @Schema(name = "RecordPersuasionVisit", description = "What the council said and agreed on its visit")
    public record VisitDto(@NotBlank @Size(max = PersuasionVisit.MAX_NOTE_LENGTH) String note) {
    }

    @Schema(name = "Ceremony")
    public record CeremonyDto(String id, String unitId, String kind, String host, String date, int tables,
                              long giftFen, int days, LimitsDto limitsApplied,
                              @Schema(description = "REGISTERED within the limits; FLAGGED over them, waiting for the "
                                      + "council's persuasion visit; VISITED once it is recorded") String status,
                              @Schema(description = "Every limit exceeded; empty when REGISTERED")
                              List<BreachDto> breaches, VisitRecordDto visit,
                              OffsetDateTime registeredAt, String registeredBy, long version) {
        static CeremonyDto of(FamilyCeremony c, ZoneId zone) {
            return new CeremonyDto(c.id().toString(), c.unit().toString(), c.kind().name(), c.host(),
                    c.date().toString(), c.tables(), c.giftFen(), c.days(),
                    new LimitsDto(c.limitsApplied().maxTables(), c.limitsApplied().maxGiftFen(),
                            c.limitsApplied().maxDays()),
                    c.status().name(),
                    c.breaches().stream().map(b -> new BreachDto(b.setting(), b.limit(), b.requested())).toList(),
                    c.visit().map(v -> new VisitRecordDto(v.note(), ApiTime.of(v.visitedAt(), zone), v.visitedBy()))
                            .orElse(null),
                    ApiTime.of(c.registeredAt(), zone), c.registeredBy(), c.version());
        }
    }

    private static String zhName(String festival) {
        return Messages.text(BUNDLE, Locale.SIMPLIFIED_CHINESE, "Festival." + festival, Map.of());
    }
}
