package org.civility.core.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

import static java.util.Objects.requireNonNull;

/**
 * Resident orders as the portal uses them.
 *
 * <p>Access: residents place and rate with SIGN_UP at the order's unit; a station helper (duty staff or an
 * administrator) places for a resident without a phone (and rates for them) with PLACE_ORDERS_FOR_RESIDENTS; staff
 * review, reject, offer (to a volunteer or team of the handling unit's subtree), open for grabs and showcase with
 * MANAGE_ACTIVITIES at the handling unit; a volunteer
 * accepts or declines with SIGN_UP at the order's unit and must be the one offered, a member of the offered team
 * (ORDER-NOT-TEAM-MEMBER otherwise) or, for an order open for grabs, anyone; the accepted volunteer starts,
 * completes and consents to a showcase. One order is read by those it concerns and by the staff who handle it (see
 * {@link #find}); a unit's queue of orders needs MANAGE_ACTIVITIES; showcased orders are public to VIEW.
 */
public final class OrderService {

    private static final String WHAT = "serviceOrder";

    private final ServiceOrderRepository orders;
    private final TeamRepository teams;
    private final VolunteerRepository volunteers;
    private final AccessControl access;
    private final PolicySettings settings;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public OrderService(ServiceOrderRepository orders, TeamRepository teams, VolunteerRepository volunteers,
                        AccessControl access, PolicySettings settings, Clock clock, IdSource ids,
                        EventPublisher events) {
        this.orders = requireNonNull(orders, "orders");
        this.teams = requireNonNull(teams, "teams");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.access = requireNonNull(access, "access");
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Places an order (点单), flagged as duplicate demand when the same item was ordered for the same recipient at the
     * same unit lately.
     */
    public ServiceOrder place(Actor actor, PlaceOrder command) {
        String requester;
        if (command.onBehalfOf().isPresent()) {
            access.require(actor, Permission.PLACE_ORDERS_FOR_RESIDENTS, command.unit());
            requester = command.onBehalfOf().get();
        } else {
            access.require(actor, Permission.SIGN_UP, command.unit());
            requester = actor.name();
        }
        Instant now = clock.instant();
        int days = settings.effective(OrderSettings.DUPLICATE_WINDOW_DAYS, command.unit());
        // Only orders of the same unit: an order of another branch must not be named to this one's staff.
        Optional<ServiceOrderId> duplicate = orders.recentFor(command.recipient().strip(), command.item(),
                        now.minus(Duration.ofDays(days))).stream()
                .filter(o -> o.unit().equals(command.unit()) && o.status() != OrderStatus.REJECTED)
                .map(ServiceOrder::id).findFirst();
        ServiceOrder order = ServiceOrder.place(new ServiceOrderId(ids.nextId()), command.unit(), requester,
                actor.name(), command.recipient(), command.item(), command.description(), now, duplicate);
        return publish(orders.store(order), OrderAction.PLACE, actor);
    }

    /** Reviews a placed order (a flagged duplicate needs {@code confirmDuplicate}). */
    public ServiceOrder review(Actor actor, ReviewOrder command) {
        return staff(actor, command.order(), command.expectedVersion(), OrderAction.REVIEW,
                o -> o.review(actor.name(), clock.instant(), command.note(), command.confirmDuplicate()));
    }

    /** Rejects with a reason only the requester sees. */
    public ServiceOrder reject(Actor actor, RejectOrder command) {
        return staff(actor, command.order(), command.expectedVersion(), OrderAction.REJECT,
                o -> o.reject(actor.name(), clock.instant(), command.reason()));
    }

    /**
     * Offers to one volunteer or team (派单); they may decline. The volunteer's home unit or the team's unit lies in
     * the handling unit's subtree: a station dispatches to its own people, an escalated order to the institute's.
     *
     * @throws CivilityException NOT-FOUND (the volunteer or team), REFERENCE-OUTSIDE-SUBTREE
     */
    public ServiceOrder offer(Actor actor, OfferOrder command) {
        return staff(actor, command.order(), command.expectedVersion(), OrderAction.OFFER, o -> {
            requireWithinHandlingUnit(o, command.to());
            o.offer(actor.name(), clock.instant(), command.to());
        });
    }

    /** Opens for any volunteer to grab (抢单). */
    public ServiceOrder openForGrabs(Actor actor, ServiceOrderId id) {
        return openForGrabs(actor, id, null);
    }

    /** Opens for any volunteer to grab (抢单), if the order is still at {@code expectedVersion} (null: any). */
    public ServiceOrder openForGrabs(Actor actor, ServiceOrderId id, Long expectedVersion) {
        return staff(actor, id, expectedVersion, OrderAction.OPEN_FOR_GRABS,
                o -> o.openForGrabs(actor.name(), clock.instant()));
    }

    /** Showcases (晒单) a rated order whose volunteer consented. */
    public ServiceOrder showcase(Actor actor, ServiceOrderId id) {
        return showcase(actor, id, null);
    }

    /** Showcases (晒单) a rated order whose volunteer consented, if it is still at {@code expectedVersion}. */
    public ServiceOrder showcase(Actor actor, ServiceOrderId id, Long expectedVersion) {
        return staff(actor, id, expectedVersion, OrderAction.SHOWCASE, o -> o.showcase(actor.name(), clock.instant()));
    }

    /** The offered volunteer declines (no forced dispatch). */
    public ServiceOrder decline(Actor actor, DeclineOrder command) {
        ServiceOrder order = load(command.order());
        access.require(actor, Permission.SIGN_UP, order.unit());
        UUID me = volunteerOf(actor, order);
        order.offeredTo().filter(a -> a.kind() == AssigneeKind.VOLUNTEER && !a.id().equals(me)).ifPresent(a -> {
            throw CivilityException.of(OrderError.NOT_THE_VOLUNTEER, "order", order.id(), "actor", actor.name());
        });
        requireTeamMember(actor, order, me);
        ExpectedVersion.check(WHAT, order.id(), command.expectedVersion(), order.version());
        order.decline(actor.name(), clock.instant(), command.reason());
        return publish(orders.store(order), OrderAction.DECLINE, actor);
    }

    /**
     * R-ORD-1: accepts (接单); exactly one acceptance. A later acceptance fails with ORDER-ALREADY-ACCEPTED; so does
     * a concurrent one that read the order before the other stored it (the store's STALE-VERSION is reported as
     * ORDER-ALREADY-ACCEPTED, one stable code for callers). A team offer is accepted by a member of the team only.
     */
    public ServiceOrder accept(Actor actor, ServiceOrderId id) {
        ServiceOrder order = load(id);
        access.require(actor, Permission.SIGN_UP, order.unit());
        UUID me = volunteerOf(actor, order);
        if (order.acceptedBy().isEmpty()) {
            requireTeamMember(actor, order, me);
        }
        order.accept(actor.name(), me, clock.instant());
        ServiceOrder stored;
        try {
            stored = orders.store(order);
        } catch (CivilityException e) {
            if (e.code().equals(SharedError.STALE_VERSION.code())) {
                CivilityException taken = CivilityException.of(OrderError.ALREADY_ACCEPTED, "order", id,
                        "acceptedBy", "?");
                taken.initCause(e);
                throw taken;
            }
            throw e;
        }
        return publish(stored, OrderAction.ACCEPT, actor);
    }

    /** The accepted volunteer starts serving. */
    public ServiceOrder start(Actor actor, ServiceOrderId id) {
        return start(actor, id, null);
    }

    /** The accepted volunteer starts serving, if the order is still at {@code expectedVersion} (null: any). */
    public ServiceOrder start(Actor actor, ServiceOrderId id, Long expectedVersion) {
        return serving(actor, id, expectedVersion, OrderAction.START, o -> o.start(actor.name(), clock.instant()));
    }

    /** The accepted volunteer completes with a short report. */
    public ServiceOrder complete(Actor actor, CompleteOrder command) {
        return serving(actor, command.order(), command.expectedVersion(), OrderAction.COMPLETE,
                o -> o.complete(actor.name(), clock.instant(), command.report()));
    }

    /** The accepted volunteer consents to being named in a showcase. */
    public ServiceOrder consentToShowcase(Actor actor, ServiceOrderId id) {
        return serving(actor, id, null, OrderAction.CONSENT_TO_SHOWCASE,
                o -> o.consentToShowcase(actor.name(), clock.instant()));
    }

    /** R-ORD-3: the requester rates (评单), once. */
    public ServiceOrder rate(Actor actor, RateOrder command) {
        ServiceOrder order = load(command.order());
        boolean helper = order.placedOnBehalf() && order.placedBy().equals(actor.name());
        access.require(actor, helper ? Permission.PLACE_ORDERS_FOR_RESIDENTS : Permission.SIGN_UP, order.unit());
        order.rate(actor.name(), clock.instant(), command.rating());
        return publish(orders.store(order), OrderAction.RATE, actor);
    }

    /**
     * One order, for those it concerns (show {@link ServiceOrder#rejectionReasonFor} to people). With VIEW at the
     * order's unit: its requester and the helper who placed it for them, the volunteer it is offered to or accepted
     * by, a member of the team it is offered to, and, while it is open for grabs, a volunteer who may grab it (SIGN_UP
     * there, as {@link #openForGrabsAt}). Besides them the staff who handle orders (MANAGE_ACTIVITIES, as for a
     * unit's queue, {@link #byUnit}) at the order's unit or above: that is the handling unit's staff, since an order
     * escalates only upwards, and the staff of the station it was placed at, who follow it after an escalation.
     * Anyone else, other residents and volunteers of the station and duty staff included, gets ACCESS-DENIED: an
     * order carries the recipient, what they need and its history.
     *
     * @throws CivilityException NOT-FOUND, ACCESS-DENIED
     */
    public ServiceOrder find(Actor actor, ServiceOrderId id) {
        ServiceOrder order = load(id);
        if (!concerns(actor, order)) {
            access.require(actor, Permission.MANAGE_ACTIVITIES, order.unit());
        }
        return order;
    }

    /** The orders a unit handles now: its staff's queue (MANAGE_ACTIVITIES there), not for residents to browse. */
    public Page<ServiceOrder> byUnit(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.MANAGE_ACTIVITIES, unit);
        return orders.byUnit(unit, page);
    }

    /**
     * The showcased orders (晒单) placed at exactly {@code unit}, for anyone who may view it. Showcased orders always
     * carry their volunteer's consent; callers name the volunteer only when {@link ServiceOrder#showcaseConsent()}.
     */
    public Page<ServiceOrder> showcased(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return orders.showcased(unit, page);
    }

    /**
     * What the actor's own volunteer has to answer or serve: orders offered to them (to accept or decline) and orders
     * they accepted and have not completed (to start and complete), oldest first. An actor without a volunteer
     * record has none. Offers to a whole team are not listed here (the team's members are not indexed by volunteer).
     */
    public Page<ServiceOrder> forMyVolunteer(Actor actor, PageRequest page) {
        requireNonNull(actor, "actor");
        requireNonNull(page, "page");
        return actor.volunteerId().map(v -> orders.forVolunteer(v, page))
                .orElseGet(() -> new Page<>(List.of(), page.offset(), false));
    }

    /**
     * The orders open for grabs (抢单) placed at exactly {@code unit}, oldest first: for a volunteer who may sign up
     * there (SIGN_UP at the unit, the right {@link #accept} asks for). An actor without a volunteer record, who could
     * not grab one, sees none.
     *
     * @throws CivilityException ACCESS-DENIED without SIGN_UP at the unit
     */
    public Page<ServiceOrder> openForGrabsAt(Actor actor, UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        access.require(actor, Permission.SIGN_UP, unit);
        if (actor.volunteerId().isEmpty()) {
            return new Page<>(List.of(), page.offset(), false);
        }
        return orders.openForGrabs(unit, page);
    }

    /** The actor's own orders. */
    public Page<ServiceOrder> mine(Actor actor, PageRequest page) {
        requireNonNull(actor, "actor");
        return orders.byRequester(actor.name(), page);
    }

    /**
     * The orders the actor placed as a station helper for residents without a phone, oldest first: the helper follows
     * them for the residents (and may rate them for them).
     */
    public Page<ServiceOrder> placedForResidents(Actor actor, PageRequest page) {
        requireNonNull(actor, "actor");
        return orders.placedOnBehalfBy(actor.name(), page);
    }

    private ServiceOrder staff(Actor actor, ServiceOrderId id, Long expectedVersion, OrderAction action,
                               Consumer<ServiceOrder> step) {
        ServiceOrder order = load(id);
        access.require(actor, Permission.MANAGE_ACTIVITIES, order.handlingUnit());
        ExpectedVersion.check(WHAT, id, expectedVersion, order.version());
        step.accept(order);
        return publish(orders.store(order), action, actor);
    }

    private ServiceOrder serving(Actor actor, ServiceOrderId id, Long expectedVersion, OrderAction action,
                                 Consumer<ServiceOrder> step) {
        ServiceOrder order = load(id);
        access.require(actor, Permission.SIGN_UP, order.unit());
        UUID me = volunteerOf(actor, order);
        if (order.acceptedBy().filter(me::equals).isEmpty()) {
            throw CivilityException.of(OrderError.NOT_THE_VOLUNTEER, "order", order.id(), "actor", actor.name());
        }
        ExpectedVersion.check(WHAT, id, expectedVersion, order.version());
        step.accept(order);
        return publish(orders.store(order), action, actor);
    }

    private void requireTeamMember(Actor actor, ServiceOrder order, UUID volunteer) {
        Optional<Assignee> team = order.offeredTo().filter(a -> a.kind() == AssigneeKind.TEAM);
        if (team.isEmpty()) {
            return;
        }
        if (!isTeamMember(team.get(), volunteer)) {
            throw CivilityException.of(OrderError.NOT_TEAM_MEMBER, "order", order.id(), "actor", actor.name(),
                    "team", new TeamId(team.get().id()));
        }
    }

    private void requireWithinHandlingUnit(ServiceOrder order, Assignee to) {
        UnitId unit = switch (to.kind()) {
            case VOLUNTEER -> volunteers.find(new VolunteerId(to.id())).map(Volunteer::homeUnit).orElseThrow(() ->
                    CivilityException.of(SharedError.NOT_FOUND, "what", "volunteer", "id", to.id()));
            case TEAM -> teams.find(new TeamId(to.id())).map(Team::unit).orElseThrow(() ->
                    CivilityException.of(SharedError.NOT_FOUND, "what", "team", "id", to.id()));
        };
        access.requireWithin(unit, order.handlingUnit(), to.kind() == AssigneeKind.VOLUNTEER ? "volunteer" : "team",
                to.id());
    }

    private boolean isTeamMember(Assignee team, UUID volunteer) {
        return teams.find(new TeamId(team.id())).map(t -> t.isMember(new VolunteerId(volunteer))).orElse(false);
    }

    /** Whether the order concerns the actor as requester, helper or (offered, accepting, grabbing) volunteer. */
    private boolean concerns(Actor actor, ServiceOrder order) {
        if (!access.permits(actor, Permission.VIEW, order.unit())) {
            return false;
        }
        if (order.isRequester(actor.name())) {
            return true;
        }
        if (actor.volunteerId().isEmpty()) {
            return false;
        }
        UUID me = actor.volunteerId().get();
        if (order.acceptedBy().filter(me::equals).isPresent()) {
            return true;
        }
        if (order.status() == OrderStatus.OPEN_FOR_GRABS) {
            return access.permits(actor, Permission.SIGN_UP, order.unit());
        }
        return order.offeredTo().map(a -> a.kind() == AssigneeKind.VOLUNTEER ? a.id().equals(me) : isTeamMember(a, me))
                .orElse(false);
    }

    private static UUID volunteerOf(Actor actor, ServiceOrder order) {
        return actor.volunteerId().orElseThrow(() ->
                CivilityException.of(OrderError.NOT_THE_VOLUNTEER, "order", order.id(), "actor", actor.name()));
    }

    private ServiceOrder load(ServiceOrderId id) {
        requireNonNull(id, "id");
        return orders.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", WHAT, "id", id));
    }

    private ServiceOrder publish(ServiceOrder stored, OrderAction action, Actor actor) {
        events.publish(new OrderStepTaken(stored.id(), stored.handlingUnit(), action, actor.name(),
                stored.history().getLast().at()));
        return stored;
    }
}
