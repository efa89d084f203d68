package org.civility.core.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * A resident's service order (点单 → 派单 → 接单 → 评单 → 晒单).
 *
 * <p>Lifecycle: PLACED → REVIEWED (or REJECTED with a reason only the requester sees) → OFFERED to one volunteer
 * or team, who may decline (no forced dispatch; back to REVIEWED), or OPEN_FOR_GRABS → ACCEPTED → IN_SERVICE →
 * COMPLETED (short report) → RATED (1-5 stars and a comment) → SHOWCASED (only with the volunteer's consent).
 * While unaccepted the order may ESCALATE: its handling unit moves up (R-ORD-2). Every step is kept in the
 * history with actor, time and reason.
 *
 * <p>Invariants: the history starts with PLACE; exactly one acceptance (R-ORD-1: accepting an accepted order
 * fails with ORDER-ALREADY-ACCEPTED); an accepted order names its volunteer; only the requester rates, once
 * (R-ORD-3; for an order a helper placed on behalf of a resident without a phone, the helper rates for them);
 * a showcased order has the volunteer's consent; a rejected order has its reason. An order flagged as
 * duplicate demand ({@link #duplicateOf()}) passes review only when the reviewer confirms it.
 */
public final class ServiceOrder {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 100;

    /** Longest-waiting first, then by id: the order of unaccepted orders in R-ORD-2's escalation and its port. */
    public static final Comparator<ServiceOrder> BY_WAITING_THEN_ID =
            Comparator.comparing(ServiceOrder::waitingSince).thenComparing(o -> o.id().toString());

    private static final Set<OrderStatus> ACCEPTED_OR_LATER = EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.IN_SERVICE,
            OrderStatus.COMPLETED, OrderStatus.RATED, OrderStatus.SHOWCASED);

    private final ServiceOrderId id;
    private final UnitId unit;
    private UnitId handlingUnit;
    private final String requester;
    private final String placedBy;
    private final String recipient;
    private final OrderItem item;
    private final String description;
    private final Instant placedAt;
    private Instant waitingSince;
    private OrderStatus status;
    private Assignee offeredTo;
    private UUID acceptedBy;
    private String rejectionReason;
    private String report;
    private Rating rating;
    private boolean showcaseConsent;
    private final ServiceOrderId duplicateOf;
    private boolean duplicateConfirmed;
    private final List<OrderStep> history;
    private final long version;

    private ServiceOrder(ServiceOrderId id, UnitId unit, UnitId handlingUnit, String requester, String placedBy,
                         String recipient, OrderItem item, String description, Instant placedAt, Instant waitingSince,
                         OrderStatus status, Assignee offeredTo, UUID acceptedBy, String rejectionReason, String report,
                         Rating rating, boolean showcaseConsent, ServiceOrderId duplicateOf, boolean duplicateConfirmed,
                         List<OrderStep> history, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.handlingUnit = requireNonNull(handlingUnit, "handlingUnit");
        this.requester = Texts.require(requester, "requester", MAX_NAME);
        this.placedBy = Texts.require(placedBy, "placedBy", MAX_NAME);
        this.recipient = Texts.require(recipient, "recipient", MAX_NAME);
        this.item = requireNonNull(item, "item");
        this.description = Texts.optional(description, "description", MAX_TEXT);
        this.placedAt = requireNonNull(placedAt, "placedAt");
        this.waitingSince = requireNonNull(waitingSince, "waitingSince");
        this.status = requireNonNull(status, "status");
        this.offeredTo = offeredTo;
        this.acceptedBy = acceptedBy;
        this.rejectionReason = rejectionReason == null ? null : Texts.require(rejectionReason, "reason", MAX_TEXT);
        this.report = report == null ? null : Texts.require(report, "report", MAX_TEXT);
        this.rating = rating;
        this.showcaseConsent = showcaseConsent;
        this.duplicateOf = duplicateOf;
        this.duplicateConfirmed = duplicateConfirmed;
        this.history = new ArrayList<>(requireNonNull(history, "history"));
        this.version = version;
        check(this.history.isEmpty() || this.history.getFirst().action() != OrderAction.PLACE,
                "the history starts with PLACE");
        check((status == OrderStatus.OFFERED) != (offeredTo != null), "an offered order, and only it, names its offeree");
        check(ACCEPTED_OR_LATER.contains(status) != (acceptedBy != null), "an accepted order names its volunteer");
        check((status == OrderStatus.REJECTED) != (rejectionReason != null), "a rejected order has its reason");
        check(EnumSet.of(OrderStatus.COMPLETED, OrderStatus.RATED, OrderStatus.SHOWCASED).contains(status) != (report != null),
                "a completed order has its report");
        check(EnumSet.of(OrderStatus.RATED, OrderStatus.SHOWCASED).contains(status) != (rating != null),
                "a rated order has its rating");
        check(status == OrderStatus.SHOWCASED && !showcaseConsent, "a showcased order has the volunteer's consent");
    }

    private void check(boolean broken, String reason) {
        if (broken) {
            throw CivilityException.of(OrderError.STATE_INVALID, "what", "serviceOrder", "id", id, "reason", reason);
        }
    }

    /**
     * A new order. {@code requester} is the resident's account name, or the name of a resident without a phone when
     * a station helper ({@code placedBy}) places it for them; {@code duplicateOf} names an earlier order of the
     * same item for the same recipient within the duplicate window, if any.
     */
    public static ServiceOrder place(ServiceOrderId id, UnitId unit, String requester, String placedBy, String recipient,
                                     OrderItem item, String description, Instant at,
                                     Optional<ServiceOrderId> duplicateOf) {
        return new ServiceOrder(id, unit, unit, requester, placedBy, recipient, item, description, at, at,
                OrderStatus.PLACED, null, null, null, null, null, false, duplicateOf.orElse(null), false,
                List.of(new OrderStep(OrderAction.PLACE, placedBy,
                        requireNonNull(at, "at"), placedBy.equals(requester) ? "" : "for " + requester)), 0);
    }

    public static ServiceOrder restore(ServiceOrderId id, UnitId unit, UnitId handlingUnit, String requester,
                                       String placedBy, String recipient, OrderItem item, String description,
                                       Instant placedAt, Instant waitingSince, OrderStatus status,
                                       Optional<Assignee> offeredTo, Optional<UUID> acceptedBy,
                                       Optional<String> rejectionReason, Optional<String> report,
                                       Optional<Rating> rating, boolean showcaseConsent,
                                       Optional<ServiceOrderId> duplicateOf, boolean duplicateConfirmed,
                                       List<OrderStep> history, long version) {
        return new ServiceOrder(id, unit, handlingUnit, requester, placedBy, recipient, item, description, placedAt,
                waitingSince, status, offeredTo.orElse(null), acceptedBy.orElse(null), rejectionReason.orElse(null),
                report.orElse(null), rating.orElse(null), showcaseConsent, duplicateOf.orElse(null),
                duplicateConfirmed, history, version);
    }

    /** Reviewed by staff; a flagged duplicate passes only with {@code confirmDuplicate}. */
    public void review(String actor, Instant at, String note, boolean confirmDuplicate) {
        require(OrderAction.REVIEW, OrderStatus.PLACED);
        if (duplicateOf != null && !confirmDuplicate) {
            throw CivilityException.of(OrderError.DUPLICATE_DEMAND, "order", id, "duplicateOf", duplicateOf);
        }
        duplicateConfirmed = duplicateOf != null;
        step(OrderAction.REVIEW, actor, at, note);
        status = OrderStatus.REVIEWED;
    }

    /** Rejected with a reason only the requester sees. */
    public void reject(String actor, Instant at, String reason) {
        require(OrderAction.REJECT, OrderStatus.PLACED, OrderStatus.REVIEWED);
        String r = Texts.require(reason, "reason", MAX_TEXT);
        step(OrderAction.REJECT, actor, at, r);
        rejectionReason = r;
        status = OrderStatus.REJECTED;
    }

    /** Offered to one volunteer or team, who may accept or decline. */
    public void offer(String actor, Instant at, Assignee to) {
        requireNonNull(to, "to");
        require(OrderAction.OFFER, OrderStatus.REVIEWED);
        step(OrderAction.OFFER, actor, at, to.kind() + " " + to.id());
        offeredTo = to;
        status = OrderStatus.OFFERED;
    }

    /** The offeree declines (no forced dispatch): back to REVIEWED. */
    public void decline(String actor, Instant at, String reason) {
        require(OrderAction.DECLINE, OrderStatus.OFFERED);
        step(OrderAction.DECLINE, actor, at, Texts.require(reason, "reason", MAX_TEXT));
        offeredTo = null;
        status = OrderStatus.REVIEWED;
    }

    /** Opened for any volunteer to grab. */
    public void openForGrabs(String actor, Instant at) {
        require(OrderAction.OPEN_FOR_GRABS, OrderStatus.REVIEWED);
        step(OrderAction.OPEN_FOR_GRABS, actor, at, "");
        status = OrderStatus.OPEN_FOR_GRABS;
    }

    /**
     * Accepted by a volunteer: the one offered (or a member of the offered team) or anyone for an order open for
     * grabs. R-ORD-1: exactly once.
     */
    public void accept(String actor, UUID volunteer, Instant at) {
        requireNonNull(volunteer, "volunteer");
        if (acceptedBy != null) {
            throw CivilityException.of(OrderError.ALREADY_ACCEPTED, "order", id, "acceptedBy", acceptedBy);
        }
        require(OrderAction.ACCEPT, OrderStatus.OFFERED, OrderStatus.OPEN_FOR_GRABS);
        if (offeredTo != null && offeredTo.kind() == AssigneeKind.VOLUNTEER && !offeredTo.id().equals(volunteer)) {
            throw CivilityException.of(OrderError.NOT_THE_VOLUNTEER, "order", id, "actor", actor);
        }
        step(OrderAction.ACCEPT, actor, at, "volunteer " + volunteer);
        offeredTo = null;
        acceptedBy = volunteer;
        status = OrderStatus.ACCEPTED;
    }

    /** The accepted volunteer starts serving. */
    public void start(String actor, Instant at) {
        require(OrderAction.START, OrderStatus.ACCEPTED);
        step(OrderAction.START, actor, at, "");
        status = OrderStatus.IN_SERVICE;
    }

    /** Served, with a short report. */
    public void complete(String actor, Instant at, String report) {
        require(OrderAction.COMPLETE, OrderStatus.IN_SERVICE);
        String r = Texts.require(report, "report", MAX_TEXT);
        step(OrderAction.COMPLETE, actor, at, r);
        this.report = r;
        status = OrderStatus.COMPLETED;
    }

    /** Whether {@code actor} may rate: the requester, or the helper who placed the order for a resident without a phone. */
    public boolean isRequester(String actor) {
        return requester.equals(actor) || placedBy.equals(actor);
    }

    /** R-ORD-3: rated by the requester alone, once. */
    public void rate(String actor, Instant at, Rating rating) {
        requireNonNull(rating, "rating");
        if (!isRequester(actor)) {
            throw CivilityException.of(OrderError.NOT_THE_REQUESTER, "order", id, "actor", actor);
        }
        if (this.rating != null) {
            throw CivilityException.of(OrderError.ALREADY_RATED, "order", id);
        }
        require(OrderAction.RATE, OrderStatus.COMPLETED);
        // The comment is kept whole in the rating; the step's note (stars, then the comment) is cut to fit.
        step(OrderAction.RATE, actor, at, clip(rating.stars() + " " + rating.comment()));
        this.rating = rating;
        status = OrderStatus.RATED;
    }

    /** The accepted volunteer agrees to be named in a showcase. */
    public void consentToShowcase(String actor, Instant at) {
        if (acceptedBy == null || status == OrderStatus.SHOWCASED) {
            throw CivilityException.of(OrderError.ILLEGAL_TRANSITION, "order", id, "status", status,
                    "action", OrderAction.CONSENT_TO_SHOWCASE);
        }
        step(OrderAction.CONSENT_TO_SHOWCASE, actor, at, "");
        showcaseConsent = true;
    }

    /** Showcased (晒单), only with the volunteer's consent. */
    public void showcase(String actor, Instant at) {
        require(OrderAction.SHOWCASE, OrderStatus.RATED);
        if (!showcaseConsent) {
            throw CivilityException.of(OrderError.NO_SHOWCASE_CONSENT, "order", id);
        }
        step(OrderAction.SHOWCASE, actor, at, "");
        status = OrderStatus.SHOWCASED;
    }

    /** R-ORD-2: moves an unaccepted order's handling to {@code parent}; the waiting time starts again. */
    public void escalateTo(UnitId parent, String actor, Instant at) {
        requireNonNull(parent, "parent");
        if (!status.unaccepted()) {
            throw CivilityException.of(OrderError.ILLEGAL_TRANSITION, "order", id, "status", status,
                    "action", OrderAction.ESCALATE);
        }
        step(OrderAction.ESCALATE, actor, at, handlingUnit + " -> " + parent);
        handlingUnit = parent;
        waitingSince = at;
    }

    private void require(OrderAction action, OrderStatus... allowed) {
        for (OrderStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        if (action == OrderAction.ACCEPT && ACCEPTED_OR_LATER.contains(status)) {
            throw CivilityException.of(OrderError.ALREADY_ACCEPTED, "order", id, "acceptedBy", acceptedBy);
        }
        throw CivilityException.of(OrderError.ILLEGAL_TRANSITION, "order", id, "status", status, "action", action);
    }

    /** {@code note} cut to {@link #MAX_TEXT} characters, ending with an ellipsis if it was cut. */
    private static String clip(String note) {
        String n = note.strip();
        return n.length() <= MAX_TEXT ? n : n.substring(0, MAX_TEXT - 1) + "…";
    }

    private void step(OrderAction action, String actor, Instant at, String note) {
        history.add(new OrderStep(action, actor, requireNonNull(at, "at"), note));
    }

    public ServiceOrderId id() {
        return id;
    }

    /** The unit the order was placed at. */
    public UnitId unit() {
        return unit;
    }

    /** The unit handling it now (moves up on escalation). */
    public UnitId handlingUnit() {
        return handlingUnit;
    }

    public String requester() {
        return requester;
    }

    /** Who placed it: the requester, or the station helper who placed it on their behalf. */
    public String placedBy() {
        return placedBy;
    }

    public boolean placedOnBehalf() {
        return !placedBy.equals(requester);
    }

    public String recipient() {
        return recipient;
    }

    public OrderItem item() {
        return item;
    }

    public String description() {
        return description;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** Since when the order waits at its handling unit (placement or the last escalation). */
    public Instant waitingSince() {
        return waitingSince;
    }

    public OrderStatus status() {
        return status;
    }

    public Optional<Assignee> offeredTo() {
        return Optional.ofNullable(offeredTo);
    }

    /** The volunteer who accepted it. */
    public Optional<UUID> acceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }

    /** The rejection reason, unfiltered (for storage); show {@link #rejectionReasonFor(String)} to people. */
    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    /** The rejection reason as {@code viewer} may see it: only the requester does. */
    public Optional<String> rejectionReasonFor(String viewer) {
        return isRequester(viewer) ? rejectionReason() : Optional.empty();
    }

    public Optional<String> report() {
        return Optional.ofNullable(report);
    }

    public Optional<Rating> rating() {
        return Optional.ofNullable(rating);
    }

    public boolean showcaseConsent() {
        return showcaseConsent;
    }

    /** An earlier order of the same item for the same recipient within the window (duplicate demand). */
    public Optional<ServiceOrderId> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    /** Whether a reviewer confirmed the flagged duplicate. */
    public boolean duplicateConfirmed() {
        return duplicateConfirmed;
    }

    /** Every step, oldest first (unfiltered, for storage). */
    public List<OrderStep> history() {
        return List.copyOf(history);
    }

    /** The history as {@code viewer} may see it: the rejection reason is blanked for all but the requester. */
    public List<OrderStep> historyFor(String viewer) {
        if (isRequester(viewer)) {
            return history();
        }
        return history.stream().map(s -> s.action() == OrderAction.REJECT
                ? new OrderStep(s.action(), s.actor(), s.at(), "") : s).toList();
    }

    public long version() {
        return version;
    }
}
