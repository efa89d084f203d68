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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.activity.Activity;
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
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;

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
        for (Activity a : held(subtree, from, to)) {
            byForm.merge(a.form(), 1, Integer::sum);
            a.themes().forEach(t -> byTheme.merge(t, 1, Integer::sum));
        }

        LectureComplianceReport report = lectures.complianceReport(actor, unit, month, month);
        MonthDashboard.Lectures lectureLine = new MonthDashboard.Lectures(
                report.stations().stream().mapToInt(StationCompliance::lectures).sum(), report.stations().size(),
                (int) report.stations().stream().filter(StationCompliance::compliant).count());

        Map<OrderStatus, Integer> byStatus = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status, 0);
        }
        for (ServiceOrder o : ordersOf(root, subtree)) {
            if (!o.placedAt().isBefore(from) && o.placedAt().isBefore(to)) {
                byStatus.merge(o.status(), 1, Integer::sum);
            }
        }

        Optional<Integer> overdue = Optional.empty();
        if (access.permits(actor, Permission.MANAGE_CARE, unit) || access.permits(actor, Permission.VIEW_CARE_DETAILS, unit)) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            LocalDate asOf = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
            overdue = Optional.of(assistance.overdueVisits(actor, unit, asOf).overdue().size());
        }

        return new MonthDashboard(root.id(), root.name(), root.tier(), month, byForm, byTheme, lectureLine, byStatus,
                overdue, hours(subtree, from, to));
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

        LectureComplianceReport report = lectures.complianceReport(actor, unit, month, month);
        List<StationLine> stations = new ArrayList<>();
        for (StationCompliance line : report.stations()) {
            List<Unit> below = byId.containsKey(line.station()) ? within(byId.get(line.station()), childrenOf)
                    : units.subtree(unit(line.station()));
            stations.add(new StationLine(line.station(), line.name(), line.lectures(), line.compliant(),
                    held(below, from, to).size(), hours(below, from, to).minutes()));
        }

        List<EscalatedOrder> escalated = new ArrayList<>();
        for (ServiceOrder o : ordersOf(root, subtree)) {
            if (o.status().unaccepted() && !o.handlingUnit().equals(o.unit())) {
                Unit handling = byId.containsKey(o.handlingUnit()) ? byId.get(o.handlingUnit()) : unit(o.handlingUnit());
                escalated.add(new EscalatedOrder(o.id(), o.unit(), byId.get(o.unit()).name(), handling.id(),
                        handling.name(), o.status(), o.placedAt(), o.waitingSince(), !byId.containsKey(handling.id())));
            }
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

    private List<Activity> held(List<Unit> subtree, Instant from, Instant to) {
        List<Activity> held = new ArrayList<>();
        for (Unit u : subtree) {
            for (PracticeForm form : PracticeForm.values()) {
                held.addAll(activities.heldByUnitBetween(u.id(), from, to, form));
            }
        }
        return held;
    }

    private MonthDashboard.Hours hours(List<Unit> subtree, Instant from, Instant to) {
        long minutes = 0;
        int entries = 0;
        Set<VolunteerId> volunteers = new HashSet<>();
        for (Unit u : subtree) {
            for (ServiceRecord e : ServiceRecord.current(records.chain(u.id()))) {
                if (e.minutes() > 0 && !e.start().isBefore(from) && e.start().isBefore(to)) {
                    minutes += e.minutes();
                    entries++;
                    volunteers.add(e.volunteer());
                }
            }
        }
        return new MonthDashboard.Hours(minutes, volunteers.size(), entries);
    }

    /**
     * Orders placed at or below {@code root}: they are handled by a unit of the subtree or, once escalated, by one
     * of its ancestors.
     */
    private List<ServiceOrder> ordersOf(Unit root, List<Unit> subtree) {
        Set<UnitId> inside = new HashSet<>();
        subtree.forEach(u -> inside.add(u.id()));
        List<UnitId> handlers = new ArrayList<>(inside);
        Optional<UnitId> parent = root.parent();
        for (int depth = 0; parent.isPresent() && depth < 16; depth++) {
            handlers.add(parent.get());
            parent = units.parentOf(parent.get());
        }
        Map<org.civility.core.order.ServiceOrderId, ServiceOrder> found = new LinkedHashMap<>();
        for (UnitId handler : handlers) {
            for (ServiceOrder o : all(p -> orders.byUnit(handler, p))) {
                if (inside.contains(o.unit())) {
                    found.put(o.id(), o);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private Unit unit(UnitId id) {
        return units.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", id));
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> items = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> slice = query.apply(page);
            items.addAll(slice.items());
            if (!slice.hasMore() || slice.items().isEmpty()) {
                return items;
            }
            page = new PageRequest(page.offset() + slice.items().size(), PageRequest.MAX_LIMIT);
        }
    }
}
