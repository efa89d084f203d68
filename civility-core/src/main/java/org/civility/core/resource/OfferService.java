package org.civility.core.resource;

import java.time.Clock;
import java.util.function.Consumer;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.order.Assignee;
import org.civility.core.order.AssigneeKind;
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

import static java.util.Objects.requireNonNull;

/**
 * The resource list as the portal uses it.
 *
 * <p>Access: a volunteer keeps their own offer (the actor's linked volunteer record, with SIGN_UP at the offer's
 * unit); a team's offer is kept by whoever has MANAGE_TEAMS at the team's unit (team leaders are granted it there);
 * reads need VIEW at the unit.
 */
public final class OfferService {

    private final ServiceOfferRepository offers;
    private final TeamRepository teams;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public OfferService(ServiceOfferRepository offers, TeamRepository teams, AccessControl access, Clock clock,
                        IdSource ids, EventPublisher events) {
        this.offers = requireNonNull(offers, "offers");
        this.teams = requireNonNull(teams, "teams");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /** Publishes an offer; a volunteer or team has one, so a second fails with OFFER-EXISTS. */
    public ServiceOffer publish(Actor actor, PublishOffer command) {
        requireNonNull(command, "command");
        mayKeep(actor, command.owner(), command.area().unit());
        offers.byOwner(command.owner()).ifPresent(existing -> {
            throw CivilityException.of(OfferError.ALREADY_OFFERED, "owner", command.owner().id(),
                    "offer", existing.id());
        });
        ServiceOffer offer = ServiceOffer.publish(new ServiceOfferId(ids.nextId()), command.owner(),
                command.skills(), command.area(), command.availability(), command.note());
        return publish(offers.store(offer), actor);
    }

    /** Replaces what is offered, where and when. */
    public ServiceOffer revise(Actor actor, ReviseOffer command) {
        requireNonNull(command, "command");
        return change(actor, command.offer(), command.expectedVersion(), o -> {
            mayKeep(actor, o.owner(), command.area().unit());
            o.revise(command.skills(), command.area(), command.availability(), command.note());
        });
    }

    /** Takes the offer out of matching. */
    public ServiceOffer withdraw(Actor actor, ServiceOfferId id, Long expectedVersion) {
        return change(actor, id, expectedVersion, ServiceOffer::withdraw);
    }

    /** Brings a withdrawn offer back. */
    public ServiceOffer reactivate(Actor actor, ServiceOfferId id, Long expectedVersion) {
        return change(actor, id, expectedVersion, ServiceOffer::reactivate);
    }

    public ServiceOffer find(Actor actor, ServiceOfferId id) {
        ServiceOffer offer = load(id);
        access.require(actor, Permission.VIEW, offer.area().unit());
        return offer;
    }

    /** The offers of a unit (active only when asked). */
    public Page<ServiceOffer> byUnit(Actor actor, UnitId unit, boolean activeOnly, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return offers.byUnit(unit, activeOnly, page);
    }

    /** May the actor keep this owner's offer at {@code unit}? */
    public boolean mayKeep(Actor actor, ServiceOffer offer) {
        try {
            mayKeep(actor, offer.owner(), offer.area().unit());
            return true;
        } catch (CivilityException e) {
            return false;
        }
    }

    private void mayKeep(Actor actor, Assignee owner, UnitId unit) {
        requireNonNull(actor, "actor");
        if (owner.kind() == AssigneeKind.VOLUNTEER) {
            if (actor.volunteerId().filter(owner.id()::equals).isEmpty()) {
                throw CivilityException.of(OfferError.NOT_THE_OWNER, "actor", actor.name(), "owner", owner.id());
            }
            access.require(actor, Permission.SIGN_UP, unit);
        } else {
            Team team = teams.find(new TeamId(owner.id())).orElseThrow(() ->
                    CivilityException.of(SharedError.NOT_FOUND, "what", "team", "id", owner.id()));
            access.require(actor, Permission.MANAGE_TEAMS, team.unit());
        }
    }

    private ServiceOffer change(Actor actor, ServiceOfferId id, Long expectedVersion, Consumer<ServiceOffer> verb) {
        ServiceOffer offer = load(id);
        mayKeep(actor, offer.owner(), offer.area().unit());
        ExpectedVersion.check("serviceOffer", id, expectedVersion, offer.version());
        verb.accept(offer);
        return publish(offers.store(offer), actor);
    }

    private ServiceOffer load(ServiceOfferId id) {
        requireNonNull(id, "id");
        return offers.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "serviceOffer", "id", id));
    }

    private ServiceOffer publish(ServiceOffer stored, Actor actor) {
        events.publish(new OfferChanged(stored.id(), stored.area().unit(), stored.active(), actor.name(),
                clock.instant()));
        return stored;
    }
}
