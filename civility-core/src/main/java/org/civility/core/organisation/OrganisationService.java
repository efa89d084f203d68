package org.civility.core.organisation;

import org.civility.core.access.AccessControl;
import org.civility.core.access.AccessError;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * Founds units and keeps their leadership, staff, grids and partners.
 *
 * <p>Access: reading needs {@link Permission#VIEW} at the unit; every change needs
 * {@link Permission#MANAGE_UNITS} at the unit, and founding a unit below a parent needs it at the
 * parent. Founding a root (a center) needs {@code MANAGE_UNITS} granted at some existing center,
 * except while no unit exists at all: then any actor may found the first center (bootstrap), so a
 * portal must keep its set-up screen to its installers. Concurrent bootstraps are not serialised.
 *
 * <p>Every change is stored, then published as a past-tense event.
 */
public final class OrganisationService {

    private static final ParentTierPolicy PARENT_TIER = new ParentTierPolicy();

    private final UnitRepository units;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public OrganisationService(UnitRepository units, AccessControl access, Clock clock, IdSource ids,
                               EventPublisher events) {
        this.units = requireNonNull(units, "units");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Founds a unit below {@code command.parent()}, or a center if that is null.
     *
     * @return the stored unit (version 1)
     * @throws CivilityException ACCESS-DENIED; NOT-FOUND for an unknown parent; R-ORG-1 if the
     *                           parent's tier does not fit
     */
    public Unit found(Actor actor, FoundUnit command) {
        requireNonNull(command, "command");
        if (command.tier() == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "tier");
        }
        Optional<UnitId> parentId = Optional.ofNullable(command.parent());
        Optional<Tier> parentTier;
        if (parentId.isPresent()) {
            access.require(actor, Permission.MANAGE_UNITS, parentId.get());
            parentTier = Optional.of(load(parentId.get()).tier());
        } else {
            requireMayFoundRoot(actor);
            parentTier = Optional.empty();
        }
        String name = command.name() == null ? "" : command.name();
        PARENT_TIER.evaluate(new ParentTierPolicy.Placement(name, command.tier(), parentTier)).orThrow();
        Unit unit = Unit.found(new UnitId(ids.nextId()), command.tier(), command.name(), parentId,
                Optional.ofNullable(command.regionCode()), Optional.ofNullable(command.address()));
        Unit stored = units.store(unit);
        events.publish(new UnitFounded(stored.id(), stored.tier(), stored.name(), stored.parent(), actor.name(), now()));
        return stored;
    }

    /**
     * @throws CivilityException ACCESS-DENIED without VIEW at the unit; NOT-FOUND
     */
    public Unit get(Actor actor, UnitId id) {
        access.require(actor, Permission.VIEW, id);
        return load(id);
    }

    /** The direct children of a unit, ordered by name then id. Needs VIEW at the parent. */
    public Page<Unit> children(Actor actor, UnitId parent, PageRequest page) {
        access.require(actor, Permission.VIEW, parent);
        return units.children(parent, page);
    }

    /**
     * The root units (centers) the actor may view, ordered by name then id, paged over that filtered
     * list. Roots are few (one per county), so they are filtered here rather than in the store.
     */
    public Page<Unit> roots(Actor actor, PageRequest page) {
        List<Unit> visible = new ArrayList<>();
        PageRequest scan = new PageRequest(0, PageRequest.MAX_LIMIT);
        while (true) {
            Page<Unit> batch = units.roots(scan);
            batch.items().stream().filter(u -> access.permits(actor, Permission.VIEW, u.id())).forEach(visible::add);
            if (!batch.hasMore()) {
                return Page.of(visible, page);
            }
            scan = new PageRequest(scan.offset() + scan.limit(), scan.limit());
        }
    }

    public Unit rename(Actor actor, UnitId id, RenameUnit command) {
        String[] previous = new String[1];
        return change(actor, id, command.version(), unit -> {
            previous[0] = unit.name();
            unit.rename(command.name());
        }, (unit, at) -> new UnitRenamed(unit.id(), previous[0], unit.name(), actor.name(), at));
    }

    /**
     * Dissolves a unit (see {@link Unit#dissolve}); needs MANAGE_UNITS at its parent (at itself for a
     * center), so a unit cannot dissolve itself. {@code expectedVersion} may be null.
     */
    public Unit dissolve(Actor actor, UnitId id, Long expectedVersion) {
        Unit unit = load(id);
        access.require(actor, Permission.MANAGE_UNITS, unit.parent().orElse(id));
        return change(actor, id, expectedVersion, Unit::dissolve,
                (stored, at) -> new UnitDissolved(stored.id(), actor.name(), at));
    }

    /** Seats a person in a station's leadership; see {@link Unit#appoint}. */
    public Unit appointLeader(Actor actor, UnitId station, AppointLeader command) {
        LeadershipSeat seat = new LeadershipSeat(command.personName(), command.post(), command.role());
        return change(actor, station, command.version(), unit -> unit.appoint(seat),
                (unit, at) -> new LeaderAppointed(unit.id(), seat, actor.name(), at));
    }

    public Unit removeLeader(Actor actor, UnitId station, RemoveLeader command) {
        return change(actor, station, command.version(), unit -> unit.removeLeader(command.personName()),
                (unit, at) -> new LeaderRemoved(unit.id(), command.personName(), actor.name(), at));
    }

    public Unit assignStaff(Actor actor, UnitId id, AssignStaff command) {
        StaffAssignment assignment = new StaffAssignment(command.personName(), command.role(),
                Optional.ofNullable(command.volunteerId()));
        return change(actor, id, command.version(), unit -> unit.assignStaff(assignment),
                (unit, at) -> new StaffAssigned(unit.id(), assignment, actor.name(), at));
    }

    public Unit unassignStaff(Actor actor, UnitId id, UnassignStaff command) {
        return change(actor, id, command.version(), unit -> unit.unassignStaff(command.personName(), command.role()),
                (unit, at) -> new StaffUnassigned(unit.id(), command.personName(), command.role(), actor.name(), at));
    }

    public Unit addGrid(Actor actor, UnitId station, AddGrid command) {
        Grid grid = new Grid(command.name(), command.buildings());
        return change(actor, station, command.version(), unit -> unit.addGrid(grid),
                (unit, at) -> new GridAdded(unit.id(), grid, actor.name(), at));
    }

    public Unit removeGrid(Actor actor, UnitId station, RemoveGrid command) {
        return change(actor, station, command.version(), unit -> unit.removeGrid(command.name()),
                (unit, at) -> new GridRemoved(unit.id(), command.name(), actor.name(), at));
    }

    public Unit addPartner(Actor actor, UnitId id, AddPartner command) {
        Partner partner = new Partner(command.name(), command.kind());
        return change(actor, id, command.version(), unit -> unit.addPartner(partner),
                (unit, at) -> new PartnerAdded(unit.id(), partner, actor.name(), at));
    }

    public Unit removePartner(Actor actor, UnitId id, RemovePartner command) {
        return change(actor, id, command.version(), unit -> unit.removePartner(command.name()),
                (unit, at) -> new PartnerRemoved(unit.id(), command.name(), actor.name(), at));
    }

    /** Access check, load, version check, verb, store, publish. */
    private Unit change(Actor actor, UnitId id, Long expectedVersion, Consumer<Unit> verb,
                        BiFunction<Unit, Instant, DomainEvent> event) {
        access.require(actor, Permission.MANAGE_UNITS, id);
        Unit unit = load(id);
        ExpectedVersion.check("unit", id, expectedVersion, unit.version());
        verb.accept(unit);
        Unit stored = units.store(unit);
        events.publish(event.apply(stored, now()));
        return stored;
    }

    /**
     * A center is founded by the installation's administrator (the first one, R-ACC-3: nobody else may claim an
     * empty installation) or by someone who manages a center already (a neighbouring county).
     */
    private void requireMayFoundRoot(Actor actor) {
        boolean mayFound = actor.grants().stream()
                .filter(g -> g.role().grants(Permission.MANAGE_UNITS))
                .anyMatch(g -> g.installationWide()
                        || units.find(g.unit()).map(u -> u.tier() == Tier.CENTER).orElse(false));
        if (!mayFound) {
            throw CivilityException.of(AccessError.OUTSIDE_SUBTREE,
                    "actor", actor.name(), "permission", Permission.MANAGE_UNITS.name());
        }
    }

    private Unit load(UnitId id) {
        return units.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", id));
    }

    private Instant now() {
        return clock.instant();
    }
}
