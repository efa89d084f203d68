package org.civility.core.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.civility.core.order.OrderStatus;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * The subtree of an institute or center at a glance: each station's month and the orders escalated out of the
 * units where they were placed (R-ORD-2) that nobody has accepted yet.
 *
 * @param unit      the unit
 * @param name      its name
 * @param tier      its tier
 * @param month     the month of the station lines
 * @param stations  every station at or below the unit, in tree order (children by name)
 * @param escalated unaccepted orders placed at or below the unit and now handled by another unit (one up the tree
 *                  or more, possibly above this unit), longest waiting first
 */
public record UnitOverview(UnitId unit, String name, Tier tier, YearMonth month, List<StationLine> stations,
                           List<EscalatedOrder> escalated) {

    public UnitOverview {
        requireNonNull(unit, "unit");
        requireNonNull(name, "name");
        requireNonNull(tier, "tier");
        requireNonNull(month, "month");
        stations = List.copyOf(stations);
        escalated = List.copyOf(escalated);
    }

    /** The stations that held no lecture in the month (R-LECT-1). */
    public List<StationLine> missingLectures() {
        return stations.stream().filter(s -> !s.compliant()).toList();
    }

    /**
     * One station's month.
     *
     * @param station    the station
     * @param name       its name
     * @param lectures   讲 held that started in the month (lectures and lecture-form activities, R-LECT-1)
     * @param compliant  whether it held at least one (R-LECT-1)
     * @param activities activities held that started in the month, at the station and its points and bases
     * @param minutes    volunteer minutes recorded at the station and below that started in the month
     */
    public record StationLine(UnitId station, String name, int lectures, boolean compliant, int activities,
                              long minutes) {
        public StationLine {
            requireNonNull(station, "station");
            requireNonNull(name, "name");
        }
    }

    /**
     * An escalated order, without its requester or recipient.
     *
     * @param order          the order
     * @param placedAtUnit   where it was placed
     * @param placedAtName   that unit's name
     * @param handlingUnit   who handles it now
     * @param handlingName   that unit's name
     * @param status         its status (an unaccepted one)
     * @param placedAt       when it was placed
     * @param waitingSince   since when it waits at its handling unit
     * @param aboveUnit      whether it went above the overview's unit
     */
    public record EscalatedOrder(ServiceOrderId order, UnitId placedAtUnit, String placedAtName, UnitId handlingUnit,
                                 String handlingName, OrderStatus status, Instant placedAt, Instant waitingSince,
                                 boolean aboveUnit) {
        public EscalatedOrder {
            requireNonNull(order, "order");
            requireNonNull(placedAtUnit, "placedAtUnit");
            requireNonNull(placedAtName, "placedAtName");
            requireNonNull(handlingUnit, "handlingUnit");
            requireNonNull(handlingName, "handlingName");
            requireNonNull(status, "status");
            requireNonNull(placedAt, "placedAt");
            requireNonNull(waitingSince, "waitingSince");
        }
    }
}
