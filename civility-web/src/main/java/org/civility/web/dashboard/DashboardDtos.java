package org.civility.web.dashboard;

import org.civility.core.dashboard.MonthDashboard;
import org.civility.core.dashboard.UnitOverview;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What the dashboard resources answer. Counts come as lists in the enums' order, so charts keep a stable order. */
public final class DashboardDtos {

    private DashboardDtos() {
    }

    @Schema(name = "DashboardCount", description = "A count under a key (a practice form, theme or order status)")
    public record CountDto(@Schema(example = "LECTURE") String key, int count) {

        static <E extends Enum<E>> List<CountDto> of(Class<E> type, Map<E, Integer> counts) {
            return Arrays.stream(type.getEnumConstants())
                    .map(e -> new CountDto(e.name(), counts.getOrDefault(e, 0))).toList();
        }
    }

    @Schema(name = "DashboardLectures", description = "R-LECT-1 in the month: lectures held and stations that held one")
    public record LecturesDto(int held, int stations, int compliant) {
    }

    @Schema(name = "DashboardHours", description = "Volunteer service recorded in the month (effective entries by start)")
    public record HoursDto(long minutes, double hours, int volunteers, int entries) {
    }

    @Schema(name = "MonthDashboard", description = "A unit's month at a glance, for the unit and everything below it")
    public record MonthDashboardDto(String unit, String name, String tier, @Schema(example = "2026-11") String month,
                                    int activities, List<CountDto> activitiesByForm, List<CountDto> activitiesByTheme,
                                    LecturesDto lectures, int orders, List<CountDto> ordersByStatus,
                                    @Schema(description = "R-HELP-1 overdue care visits; absent unless the caller may "
                                            + "read the care report (MANAGE_CARE or VIEW_CARE_DETAILS)")
                                    Integer overdueVisits,
                                    HoursDto hours) {

        static MonthDashboardDto of(MonthDashboard d) {
            return new MonthDashboardDto(d.unit().toString(), d.name(), d.tier().name(), d.month().toString(),
                    d.activities(), CountDto.of(org.civility.core.activity.PracticeForm.class, d.activitiesByForm()),
                    CountDto.of(org.civility.core.activity.Theme.class, d.activitiesByTheme()),
                    new LecturesDto(d.lectures().held(), d.lectures().stations(), d.lectures().compliant()),
                    d.orders(), CountDto.of(org.civility.core.order.OrderStatus.class, d.ordersByStatus()),
                    d.overdueVisits().orElse(null),
                    new HoursDto(d.hours().minutes(), Math.round(d.hours().minutes() / 6.0) / 10.0,
                            d.hours().volunteers(), d.hours().entries()));
        }
    }

    @Schema(name = "OverviewStation", description = "A station's month in an overview")
    public record StationLineDto(String station, String name, int lectures, boolean compliant, int activities,
                                 double hours) {

        static StationLineDto of(UnitOverview.StationLine s) {
            return new StationLineDto(s.station().toString(), s.name(), s.lectures(), s.compliant(), s.activities(),
                    Math.round(s.minutes() / 6.0) / 10.0);
        }
    }

    @Schema(name = "EscalatedOrder", description = "R-ORD-2: an unaccepted order handled above where it was placed")
    public record EscalatedOrderDto(String order, String placedAtUnit, String placedAtName, String handlingUnit,
                                    String handlingName, String status, OffsetDateTime placedAt,
                                    OffsetDateTime waitingSince, boolean aboveUnit) {

        static EscalatedOrderDto of(UnitOverview.EscalatedOrder e, ZoneId zone) {
            return new EscalatedOrderDto(e.order().toString(), e.placedAtUnit().toString(), e.placedAtName(),
                    e.handlingUnit().toString(), e.handlingName(), e.status().name(), ApiTime.of(e.placedAt(), zone),
                    ApiTime.of(e.waitingSince(), zone), e.aboveUnit());
        }
    }

    @Schema(name = "UnitOverview", description = "An institute's or center's subtree: stations in the month, escalated orders now")
    public record OverviewDto(String unit, String name, String tier, @Schema(example = "2026-11") String month,
                              int stationCount, int compliantStations, List<StationLineDto> stations,
                              List<EscalatedOrderDto> escalated) {

        static OverviewDto of(UnitOverview o, ZoneId zone) {
            return new OverviewDto(o.unit().toString(), o.name(), o.tier().name(), o.month().toString(),
                    o.stations().size(), o.stations().size() - o.missingLectures().size(),
                    o.stations().stream().map(StationLineDto::of).toList(),
                    o.escalated().stream().map(e -> EscalatedOrderDto.of(e, zone)).toList());
        }
    }
}
