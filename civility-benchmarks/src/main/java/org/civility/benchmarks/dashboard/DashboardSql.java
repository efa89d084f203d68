package org.civility.benchmarks.dashboard;

import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import org.civility.core.dashboard.MonthDashboard;
import org.civility.core.order.OrderStatus;
import org.civility.core.organisation.UnitId;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the dashboards' figures computed by hand-written PostgreSQL, rows straight from JDBC: one recursive
 * read of the unit tree, then one aggregate statement per figure over its units ({@code unit_id = ANY (?)}), the
 * per-unit sums shared out to the stations in Java. What the service's figures are compared with, and timed
 * against.
 */
final class DashboardSql {

    /** The units at and below the root ({@code ?} = the root's id), each with its parent and tier. */
    private static final String SUBTREE = "WITH RECURSIVE sub(id, parent_id, tier) AS (SELECT id, parent_id, tier"
            + " FROM civ_unit WHERE id = ? UNION ALL SELECT u.id, u.parent_id, u.tier FROM civ_unit u"
            + " JOIN sub ON u.parent_id = sub.id) SELECT id, parent_id, tier FROM sub";
    private static final String EFFECTIVE = " AND NOT EXISTS (SELECT 1 FROM civ_service_record k"
            + " WHERE k.corrects_id = r.id)";

    /** A unit of the subtree. */
    private record Node(String id, String parent, String tier) {
    }

    record Month(Map<PracticeForm, Integer> byForm, Map<Theme, Integer> byTheme, MonthDashboard.Lectures lectures,
                 Map<OrderStatus, Integer> byStatus, MonthDashboard.Hours hours) {
    }

    /** Station lines as "id lectures compliant activities minutes", and the escalated orders' ids in order. */
    record Overview(List<String> stations, List<String> escalated) {
    }

    private DashboardSql() {
    }

    static UnitId center(Connection c) throws SQLException {
        return UnitId.of(string(c, "SELECT id FROM civ_unit WHERE parent_id IS NULL ORDER BY name, id LIMIT 1"));
    }

    /** The station with the most service records (the largest chain). */
    static UnitId busiestStation(Connection c) throws SQLException {
        return UnitId.of(string(c, "SELECT r.unit_id FROM civ_service_record r JOIN civ_unit u ON u.id = r.unit_id"
                + " WHERE u.tier = 'STATION' GROUP BY r.unit_id ORDER BY count(*) DESC, r.unit_id LIMIT 1"));
    }

    static Month month(Connection c, UnitId root, YearMonth month) throws SQLException {
        Instant from = month.atDay(1).atStartOfDay(DashboardBench.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(DashboardBench.ZONE).toInstant();
        List<Node> subtree = subtree(c, root);
        Array ids = ids(c, subtree);
        Map<PracticeForm, Integer> byForm = zeros(PracticeForm.class);
        try (ResultSet r = query(c, "SELECT a.form, count(*) FROM civ_activity a WHERE a.unit_id = ANY (?)"
                + " AND a.status = 'HELD' AND a.starts_at >= ? AND a.starts_at < ? GROUP BY a.form", ids, from, to)) {
            while (r.next()) {
                byForm.put(PracticeForm.valueOf(r.getString(1)), r.getInt(2));
            }
        }
        Map<Theme, Integer> byTheme = zeros(Theme.class);
        try (ResultSet r = query(c, "SELECT t.theme, count(*) FROM civ_activity a JOIN civ_activity_theme t"
                + " ON t.activity_id = a.id WHERE a.unit_id = ANY (?) AND a.status = 'HELD' AND a.starts_at >= ?"
                + " AND a.starts_at < ? GROUP BY t.theme", ids, from, to)) {
            while (r.next()) {
                byTheme.put(Theme.valueOf(r.getString(1)), r.getInt(2));
            }
        }
        Map<String, Integer> lectures = lecturesByStation(c, subtree, ids, from, to);
        int held = lectures.values().stream().mapToInt(Integer::intValue).sum();
        int compliant = (int) lectures.values().stream().filter(n -> n > 0).count();
        Map<OrderStatus, Integer> byStatus = zeros(OrderStatus.class);
        try (ResultSet r = query(c, "SELECT o.status, count(*) FROM civ_service_order o WHERE o.unit_id = ANY (?)"
                + " AND o.placed_at >= ? AND o.placed_at < ? GROUP BY o.status", ids, from, to)) {
            while (r.next()) {
                byStatus.put(OrderStatus.valueOf(r.getString(1)), r.getInt(2));
            }
        }
        MonthDashboard.Hours hours;
        try (ResultSet r = query(c, "SELECT coalesce(sum(r.minutes), 0), count(DISTINCT r.volunteer_id), count(*)"
                + " FROM civ_service_record r WHERE r.unit_id = ANY (?) AND r.minutes > 0 AND r.start_at >= ?"
                + " AND r.start_at < ?" + EFFECTIVE, ids, from, to)) {
            r.next();
            hours = new MonthDashboard.Hours(r.getLong(1), r.getInt(2), r.getInt(3));
        }
        return new Month(byForm, byTheme, new MonthDashboard.Lectures(held, lectures.size(), compliant), byStatus,
                hours);
    }

    static Overview overview(Connection c, UnitId root, YearMonth month) throws SQLException {
        Instant from = month.atDay(1).atStartOfDay(DashboardBench.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(DashboardBench.ZONE).toInstant();
        List<Node> subtree = subtree(c, root);
        Array ids = ids(c, subtree);
        Map<String, Integer> lectures = lecturesByStation(c, subtree, ids, from, to);
        Map<String, Integer> held = perUnit(c, "SELECT a.unit_id, count(*) FROM civ_activity a"
                + " WHERE a.unit_id = ANY (?) AND a.status = 'HELD' AND a.starts_at >= ? AND a.starts_at < ?"
                + " GROUP BY a.unit_id", ids, from, to);
        Map<String, Integer> minutes = perUnit(c, "SELECT r.unit_id, sum(r.minutes) FROM civ_service_record r"
                + " WHERE r.unit_id = ANY (?) AND r.minutes > 0 AND r.start_at >= ? AND r.start_at < ?" + EFFECTIVE
                + " GROUP BY r.unit_id", ids, from, to);
        Map<String, String> stationOf = stationOf(subtree);
        Map<String, int[]> sums = new java.util.LinkedHashMap<>();
        lectures.keySet().forEach(s -> sums.put(s, new int[2]));
        held.forEach((unit, n) -> {
            if (stationOf.containsKey(unit)) {
                sums.get(stationOf.get(unit))[0] += n;
            }
        });
        minutes.forEach((unit, n) -> {
            if (stationOf.containsKey(unit)) {
                sums.get(stationOf.get(unit))[1] += n;
            }
        });
        List<String> stations = new ArrayList<>();
        sums.forEach((station, sum) -> stations.add(station + " " + lectures.get(station) + " "
                + (lectures.get(station) > 0) + " " + sum[0] + " " + sum[1]));
        List<String> escalated = new ArrayList<>();
        try (ResultSet r = query(c, "SELECT o.id, o.unit_id, p.name, o.handling_unit_id, h.name, o.status,"
                + " o.placed_at, o.waiting_since FROM civ_service_order o JOIN civ_unit p ON p.id = o.unit_id"
                + " JOIN civ_unit h ON h.id = o.handling_unit_id WHERE o.unit_id = ANY (?)"
                + " AND o.status IN ('PLACED', 'REVIEWED', 'OFFERED', 'OPEN_FOR_GRABS')"
                + " AND o.handling_unit_id <> o.unit_id ORDER BY o.waiting_since, o.id", ids)) {
            while (r.next()) {
                escalated.add(r.getString(1));
            }
        }
        return new Overview(stations, escalated);
    }

    /** 讲 held per station of the subtree (lectures given or reviewed, HELD lecture-form activities), zeros too. */
    private static Map<String, Integer> lecturesByStation(Connection c, List<Node> subtree, Array ids, Instant from,
                                                          Instant to) throws SQLException {
        Map<String, String> stationOf = stationOf(subtree);
        Map<String, Integer> byStation = new java.util.LinkedHashMap<>();
        subtree.stream().filter(n -> n.tier().equals("STATION")).forEach(n -> byStation.put(n.id(), 0));
        try (ResultSet r = query(c, "SELECT unit_id, count(*) FROM (SELECT l.unit_id FROM civ_lecture l"
                + " WHERE l.unit_id = ANY (?) AND l.status IN ('GIVEN', 'REVIEWED') AND l.start_at >= ?"
                + " AND l.start_at < ? UNION ALL SELECT a.unit_id FROM civ_activity a WHERE a.unit_id = ANY (?)"
                + " AND a.form = 'LECTURE' AND a.status = 'HELD' AND a.starts_at >= ? AND a.starts_at < ?) held"
                + " GROUP BY unit_id", ids, from, to, ids, from, to)) {
            while (r.next()) {
                String station = stationOf.get(r.getString(1));
                if (station != null) {
                    byStation.merge(station, r.getInt(2), Integer::sum);
                }
            }
        }
        return byStation;
    }

    /** Each unit of the subtree at or below a station, with that station. */
    private static Map<String, String> stationOf(List<Node> subtree) {
        Map<String, String> stationOf = new java.util.HashMap<>();
        for (Node n : subtree) { // parents come before their children
            if (n.tier().equals("STATION")) {
                stationOf.put(n.id(), n.id());
            } else if (n.parent() != null && stationOf.containsKey(n.parent())) {
                stationOf.put(n.id(), stationOf.get(n.parent()));
            }
        }
        return stationOf;
    }

    private static List<Node> subtree(Connection c, UnitId root) throws SQLException {
        List<Node> nodes = new ArrayList<>();
        try (ResultSet r = query(c, SUBTREE, root)) {
            while (r.next()) {
                nodes.add(new Node(r.getString(1), r.getString(2), r.getString(3)));
            }
        }
        return nodes;
    }

    private static Array ids(Connection c, List<Node> subtree) throws SQLException {
        return c.createArrayOf("varchar", subtree.stream().map(Node::id).toArray());
    }

    private static Map<String, Integer> perUnit(Connection c, String sql, Object... parameters) throws SQLException {
        Map<String, Integer> values = new java.util.HashMap<>();
        try (ResultSet r = query(c, sql, parameters)) {
            while (r.next()) {
                values.put(r.getString(1), r.getInt(2));
            }
        }
        return values;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0);
        }
        return map;
    }

    private static ResultSet query(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        p.closeOnCompletion();
        for (int i = 0; i < parameters.length; i++) {
            Object v = parameters[i];
            if (v instanceof Array array) {
                p.setArray(i + 1, array);
            } else if (v instanceof Instant at) {
                p.setObject(i + 1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            } else {
                p.setString(i + 1, v.toString());
            }
        }
        return p.executeQuery();
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (ResultSet r = query(c, sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
