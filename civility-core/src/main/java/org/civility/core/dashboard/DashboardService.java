package org.civility.core.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import org.civility.core.assistance.AssistanceService;
import org.civility.core.dashboard.UnitOverview.EscalatedOrder;
import org.civility.core.dashboard.UnitOverview.StationLine;
import org.civility.core.lecture.LectureComplianceReport;
import org.civility.core.lecture.LectureService;
import org.civility.core.lecture.StationCompliance;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.order.WaitingOrder;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceTotal;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import static java.util.Objects.requireNonNull;

/**
 * Computes the dashboards ({@link MonthDashboard}, {@link UnitOverview}) from the stores of the features they sum
 * up; lecture compliance and overdue visits come from their own services, so the rules (R-LECT-1, R-HELP-1) are
 * counted the one way. Needs VIEW at the unit. Months are calendar months in {@code zone}.
 */
public final class DashboardService {

    private final AccessControl access;
    private final UnitRepository units;
    private final ActivityRepository activities;
    private final ServiceOrderRepository orders;
    private final ServiceRecordRepository records;
    private final LectureService lectures;
    private final AssistanceService assistance;
    private final Clock clock;
    private final ZoneId zone;

    public DashboardService(AccessControl access, UnitRepository units, ActivityRepository activities,
                            ServiceOrderRepository orders, ServiceRecordRepository records, LectureService lectures,
                            AssistanceService assistance, Clock clock, ZoneId zone) {
        this.access = requireNonNull(access, "access");
        this.units = requireNonNull(units, "units");
        this.activities = requireNonNull(activities, "activities");
        this.orders = requireNonNull(orders, "orders");
        this.records = requireNonNull(records, "records");
        this.lectures = requireNonNull(lectures, "lectures");
        this.assistance = requireNonNull(assistance, "assistance");
        this.clock = requireNonNull(clock, "clock");
        this.zone = requireNonNull(zone, "zone");
    }

    /** The current month in the service zone. */
    public YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(zone));
    }

    /**
     * The month of {@code unit} and everything below it.
     *
     * @throws CivilityException {@code ACCESS-DENIED} without VIEW at the unit, {@code NOT-FOUND}
     */
    public MonthDashboard month(Actor actor, UnitId unit, YearMonth month) {
        requireNonNull(month, "month");
        access.require(actor, Permission.VIEW, unit);
        Unit root = unit(unit);
        List<Unit> subtree = units.subtree(root);
        Instant from = start(month);
        Instant to = start(month.plusMonths(1));

        Map<PracticeForm, Integer> byForm = new EnumMap<>(PracticeForm.class);
        Map<Theme, Integer> byTheme = new EnumMap<>(Theme.class);
        for (PracticeForm form : PracticeForm.values()) {
            byForm.put(form, 0);
        }
        for (Theme theme : Theme.values()) {
            byTheme.put(theme, 0);
        }
        List<UnitId> ids = ids(subtree);
        activities.heldCounts(ids, from, to).forEach(c -> byForm.merge(c.form(), c.count(), Integer::sum));
        activities.heldThemeCounts(ids, from, to).forEach((theme, n) -> byTheme.merge(theme, n, Integer::sum));

        LectureComplianceReport report = lectures.complianceReport(actor, unit, month, month);
        MonthDashboard.Lectures lectureLine = new MonthDashboard.Lectures(
                report.stations().stream().mapToInt(StationCompliance::lectures).sum(), report.stations().size(),
                (int) report.stations().stream().filter(StationCompliance::compliant).count());

        Map<OrderStatus, Integer> byStatus = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status, 0);
        }
        orders.countPlacedByStatus(ids, from, to).forEach((status, n) -> byStatus.merge(status, n, Integer::sum));

        Optional<Integer> overdue = Optional.empty();
        if (access.permits(actor, Permission.MANAGE_CARE, unit) || access.permits(actor, Permission.VIEW_CARE_DETAILS, unit)) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            LocalDate asOf = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
            overdue = Optional.of(assistance.overdueVisits(actor, unit, asOf).overdue().size());
        }

        ServiceTotal total = records.serviceTotal(ids, from, to);
        MonthDashboard.Hours hours = new MonthDashboard.Hours(total.minutes(), total.volunteers(), total.entries());
        return new MonthDashboard(root.id(), root.name(), root.tier(), month, byForm, byTheme, lectureLine, byStatus,
                overdue, hours);
    }

    /**
     * The overview of {@code unit}'s subtree: its stations in {@code month} and its escalated orders now.
     *
     * @throws CivilityException {@code ACCESS-DENIED} without VIEW at the unit, {@code NOT-FOUND}
     */
    public UnitOverview overview(Actor actor, UnitId unit, YearMonth month) {
        requireNonNull(month, "month");
        access.require(actor, Permission.VIEW, unit);
        Unit root = unit(unit);
        List<Unit> subtree = units.subtree(root);
        Instant from = start(month);
        Instant to = start(month.plusMonths(1));
        Map<UnitId, Unit> byId = new HashMap<>();
        Map<UnitId, List<Unit>> childrenOf = new HashMap<>();
        for (Unit u : subtree) {
            byId.put(u.id(), u);
            u.parent().ifPresent(p -> childrenOf.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
        }

        List<UnitId> ids = ids(subtree);
        Map<UnitId, Integer> heldAt = new HashMap<>();
        activities.heldCounts(ids, from, to).forEach(c -> heldAt.merge(c.unit(), c.count(), Integer::sum));
        Map<UnitId, Long> minutesAt = new HashMap<>();
        records.serviceByUnit(ids, from, to).forEach(line -> minutesAt.merge(line.unit(), line.minutes(), Long::sum));

        LectureComplianceReport report = lectures.complianceReport(actor, unit, month, month);
        List<StationLine> stations = new ArrayList<>();
        for (StationCompliance line : report.stations()) {
            List<Unit> below = byId.containsKey(line.station()) ? within(byId.get(line.station()), childrenOf)
                    : units.subtree(unit(line.station()));
            int held = 0;
            long minutes = 0;
            for (Unit u : below) {
                held += heldAt.getOrDefault(u.id(), 0);
                minutes += minutesAt.getOrDefault(u.id(), 0L);
            }
            stations.add(new StationLine(line.station(), line.name(), line.lectures(), line.compliant(), held,
                    minutes));
        }

        // escalated orders wait above where they were placed: their handling units, once each
        Map<UnitId, Unit> handlers = new HashMap<>(byId);
        List<EscalatedOrder> escalated = new ArrayList<>();
        for (WaitingOrder o : orders.escalatedUnaccepted(ids)) {
            Unit handling = handlers.computeIfAbsent(o.handlingUnit(), this::unit);
            escalated.add(new EscalatedOrder(o.order(), o.unit(), byId.get(o.unit()).name(), handling.id(),
                    handling.name(), o.status(), o.placedAt(), o.waitingSince(), !byId.containsKey(handling.id())));
        }
        escalated.sort(Comparator.comparing(EscalatedOrder::waitingSince)
                .thenComparing(e -> e.order().value().toString()));
        return new UnitOverview(root.id(), root.name(), root.tier(), month, stations, escalated);
    }

    /** {@code top} and the units below it, from the subtree already read (no second walk of the store). */
    private static List<Unit> within(Unit top, Map<UnitId, List<Unit>> childrenOf) {
        List<Unit> result = new ArrayList<>(List.of(top));
        for (int i = 0; i < result.size(); i++) {
            result.addAll(childrenOf.getOrDefault(result.get(i).id(), List.of()));
        }
        return result;
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    private static List<UnitId> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    private Unit unit(UnitId id) {
        return units.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", id));
    }
}
