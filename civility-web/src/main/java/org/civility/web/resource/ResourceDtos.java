package org.civility.web.resource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import org.civility.core.matching.GeoPoint;
import org.civility.core.matching.Match;
import org.civility.core.matching.WeeklyWindow;
import org.civility.core.order.AssigneeKind;
import org.civility.core.resource.OfferArea;
import org.civility.core.resource.RankedOffer;
import org.civility.core.resource.ServiceOffer;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON shapes of the resource list and of candidates. */
public final class ResourceDtos {

    private ResourceDtos() {
    }

    @Schema(description = "A weekly window in local time; end 24:00 or 00:00 means midnight")
    public record WindowDto(@Schema(example = "SATURDAY") @NotNull DayOfWeek day,
                            @Schema(example = "09:00") @NotNull String start,
                            @Schema(example = "12:00") @NotNull String end) {

        WeeklyWindow toDomain() {
            return new WeeklyWindow(day, time(start, "start"), "24:00".equals(end) ? LocalTime.MIDNIGHT : time(end, "end"));
        }

        static WindowDto of(WeeklyWindow w) {
            return new WindowDto(w.day(), w.start().toString(),
                    w.end().equals(LocalTime.MIDNIGHT) ? "24:00" : w.end().toString());
        }

        private static LocalTime time(String value, String field) {
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException | NullPointerException e) {
                throw CivilityException.of(SharedError.INVALID_INPUT, "field", field, "reason", "not a time HH:mm");
            }
        }
    }

    @Schema(description = "Publishes an offer: the caller's own (owner VOLUNTEER, ownerId their volunteer id) or a team's")
    public record PublishOfferDto(@NotNull AssigneeKind ownerKind, @NotNull String ownerId,
                                  @NotNull Set<String> skills, @NotNull String unit, String grid,
                                  Double latitude, Double longitude, List<WindowDto> availability, String note) {
    }

    @Schema(description = "Replaces an offer's skills, area, availability and note")
    public record ReviseOfferDto(@NotNull Set<String> skills, @NotNull String unit, String grid,
                                 Double latitude, Double longitude, List<WindowDto> availability, String note) {
    }

    static OfferArea area(String unit, String grid, Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "latitude",
                    "reason", "latitude and longitude go together");
        }
        Optional<GeoPoint> point = latitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude));
        return new OfferArea(Inputs.unitId(unit, "unit"), Optional.ofNullable(grid), point);
    }

    static List<WeeklyWindow> windows(List<WindowDto> windows) {
        return windows == null ? List.of() : windows.stream().map(WindowDto::toDomain).toList();
    }

    @Schema(description = "An offer of the resource list (资源清单); the place only for whoever may keep the offer")
    public record OfferDto(String id, AssigneeKind ownerKind, String ownerId, Set<String> skills, String unit,
                           String grid, Double latitude, Double longitude, List<WindowDto> availability, String note,
                           boolean active, long version) {

        static OfferDto of(ServiceOffer o, boolean showPlace) {
            return new OfferDto(o.id().toString(), o.owner().kind(), o.owner().id().toString(), o.skills(),
                    o.area().unit().toString(), o.area().grid().orElse(null),
                    showPlace ? o.area().point().map(GeoPoint::latitude).orElse(null) : null,
                    showPlace ? o.area().point().map(GeoPoint::longitude).orElse(null) : null,
                    o.availability().stream().map(WindowDto::of).toList(), o.note(), o.active(), o.version());
        }
    }

    @Schema(description = "A ranked candidate: score 0..100 = 40·skillFit + 25·proximity + 25·availability + 10·fairness")
    public record CandidateDto(int rank, String offerId, AssigneeKind ownerKind, String ownerId, Set<String> skills,
                               String unit, String grid, double score, double skillFit, double proximity,
                               double availability, double fairness) {

        static CandidateDto of(int rank, RankedOffer r) {
            ServiceOffer o = r.offer();
            Match m = r.match();
            return new CandidateDto(rank, o.id().toString(), o.owner().kind(), o.owner().id().toString(), o.skills(),
                    o.area().unit().toString(), o.area().grid().orElse(null), m.score(), m.skillFit(), m.proximity(),
                    m.availability(), m.fairness());
        }
    }
}
