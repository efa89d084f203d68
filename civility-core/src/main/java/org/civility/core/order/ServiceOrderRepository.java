package org.civility.core.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where service orders are kept. */
public interface ServiceOrderRepository {

    Optional<ServiceOrder> find(ServiceOrderId id);

    /**
     * Inserts or updates with all its steps; returns the order as stored, with its new version.
     *
     * @throws CivilityException STALE-VERSION if the version differs from the stored one
     */
    ServiceOrder store(ServiceOrder order);

    /** Orders whose handling unit is exactly {@code unit}, ordered by placement time, then id (as text). */
    Page<ServiceOrder> byUnit(UnitId unit, PageRequest page);

    /** SHOWCASED orders placed at exactly {@code unit}, newest placement first (ties by id as text, descending). */
    Page<ServiceOrder> showcased(UnitId unit, PageRequest page);

    /** Orders of a requester (account or resident name), ordered by placement time, then id. */
    Page<ServiceOrder> byRequester(String requester, PageRequest page);

    /**
     * Orders a station helper placed for residents without a phone: placed by {@code helper} for a requester of
     * another name, ordered by placement time, then id.
     */
    Page<ServiceOrder> placedOnBehalfBy(String helper, PageRequest page);

    /**
     * Orders a volunteer has to answer or serve: OFFERED to exactly that volunteer (not to a team), or ACCEPTED or
     * IN_SERVICE by them; ordered by placement time, then id (as text).
     */
    Page<ServiceOrder> forVolunteer(UUID volunteer, PageRequest page);

    /** OPEN_FOR_GRABS orders placed at exactly {@code unit}, ordered by placement time, then id (as text). */
    Page<ServiceOrder> openForGrabs(UnitId unit, PageRequest page);

    /** Orders of the same item for the same recipient placed at or after {@code since}, any status, oldest first. */
    List<ServiceOrder> recentFor(String recipient, OrderItem item, Instant since);

    /**
     * For each handling unit with unaccepted orders (PLACED, REVIEWED, OFFERED, OPEN_FOR_GRABS) waiting there since
     * {@code until} or earlier, since when its longest-waiting one has waited. R-ORD-2's escalation reads this first,
     * so that it loads orders only at the units where one is past the unit's own time limit.
     */
    Map<UnitId, Instant> oldestUnacceptedByUnit(Instant until);

    /**
     * Unaccepted orders (PLACED, REVIEWED, OFFERED, OPEN_FOR_GRABS) waiting at {@code handlingUnit} since
     * {@code until} or earlier, ordered by waiting time, then id.
     */
    Page<ServiceOrder> unacceptedAt(UnitId handlingUnit, Instant until, PageRequest page);

    /**
     * How many orders placed at any of {@code units} (each exactly) in {@code [from, to)} are in each status now;
     * statuses without one are left out. What dashboards count, in one read however many units.
     *
     * @return never null; empty for no units
     */
    Map<OrderStatus, Integer> countPlacedByStatus(Collection<UnitId> units, Instant from, Instant to);

    /**
     * Unaccepted orders (PLACED, REVIEWED, OFFERED, OPEN_FOR_GRABS) placed at any of {@code units} (each exactly) and
     * handled now by another unit (escalated, R-ORD-2), longest waiting first, then by id (as text).
     *
     * @return never null; empty for no units
     */
    List<WaitingOrder> escalatedUnaccepted(Collection<UnitId> units);
}
