package org.civility.core.organisation;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * A practice unit: a center (中心), institute (所), station (站), practice point (实践点) or base
 * (基地).
 *
 * <p>Lifecycle: founded with {@link #found} (or a tier's shortcut such as {@link #foundStation})
 * under a parent of the tier {@link Tier#parentTier()} (R-ORG-1; the parent's actual tier is checked
 * by {@link OrganisationService} through {@link ParentTierPolicy}); then renamed, staffed and
 * equipped through its verbs. A unit never moves to another parent and is never deleted here; when
 * it ceases to exist it is {@link #dissolve dissolved} and stays in the tree, so that what it recorded
 * can still be certified by its nearest ancestor that was not dissolved (谁记录谁证明).
 *
 * <p>Invariants: a center has no parent, every other tier has one; leadership seats (R-ORG-2,
 * {@link StationLeadershipPolicy}) and grids exist only at stations; a person holds at most one
 * leadership seat; a person holds each {@link StaffRole} at most once; grid and partner names are
 * unique within the unit. Names are trimmed and 1..{@value Names#MAX_LENGTH} characters.
 */
public final class Unit {

    /** The longest name of a unit, person, grid or partner. */
    public static final int MAX_NAME_LENGTH = Names.MAX_LENGTH;
    /** The longest region code (行政区划代码 or a locality's own code). */
    public static final int MAX_REGION_CODE_LENGTH = 32;
    /** The longest address text. */
    public static final int MAX_ADDRESS_LENGTH = 500;

    private static final StationLeadershipPolicy LEADERSHIP = new StationLeadershipPolicy();

    private final UnitId id;
    private final Tier tier;
    private final Optional<UnitId> parent;
    private String name;
    private Optional<String> regionCode;
    private Optional<String> address;
    private final List<LeadershipSeat> leadership;
    private final List<StaffAssignment> staff;
    private final List<Grid> grids;
    private final List<Partner> partners;
    private boolean dissolved;
    private final long version;

    private Unit(UnitId id, Tier tier, String name, Optional<UnitId> parent, Optional<String> regionCode,
                 Optional<String> address, long version) {
        this.id = requireNonNull(id, "id");
        this.tier = requireNonNull(tier, "tier");
        this.name = Names.require(name, "name");
        this.parent = requireNonNull(parent, "parent");
        this.regionCode = optionalText(regionCode, "regionCode", MAX_REGION_CODE_LENGTH);
        this.address = optionalText(address, "address", MAX_ADDRESS_LENGTH);
        this.leadership = new ArrayList<>();
        this.staff = new ArrayList<>();
        this.grids = new ArrayList<>();
        this.partners = new ArrayList<>();
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
        // The parent's own tier is checked where the parent can be looked up (OrganisationService);
        // here only what the unit itself knows: whether it has a parent at all, and not itself.
        if (parent.isPresent() != tier.parentTier().isPresent() || parent.filter(id::equals).isPresent()) {
            throw CivilityException.of(OrganisationError.PARENT_TIER, "unit", this.name, "tier", tier.name(),
                    "expected", tier.parentTier().map(Tier::name).orElse(ParentTierPolicy.NONE),
                    "actual", parent.map(p -> "?").orElse(ParentTierPolicy.NONE));
        }
    }

    /**
     * Founds a unit. Checks that a center has no parent and every other tier has one; the parent's
     * tier (R-ORG-1) needs the parent itself, so {@link OrganisationService} checks it.
     *
     * @param regionCode administrative region code, if known
     * @param address    address text, if known
     * @throws CivilityException R-ORG-1 if the parent's presence does not fit the tier; REQUIRED or
     *                           ORG-NAME-TOO-LONG for a bad name
     */
    public static Unit found(UnitId id, Tier tier, String name, Optional<UnitId> parent,
                             Optional<String> regionCode, Optional<String> address) {
        return new Unit(id, tier, name, parent, regionCode, address, 0);
    }

    /** Founds a center (a root). */
    public static Unit foundCenter(UnitId id, String name) {
        return found(id, Tier.CENTER, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Founds an institute below {@code center}. */
    public static Unit foundInstitute(UnitId id, String name, UnitId center) {
        return found(id, Tier.INSTITUTE, name, Optional.of(center), Optional.empty(), Optional.empty());
    }

    /** Founds a station below {@code institute}. */
    public static Unit foundStation(UnitId id, String name, UnitId institute) {
        return found(id, Tier.STATION, name, Optional.of(institute), Optional.empty(), Optional.empty());
    }

    /** Founds a practice point below {@code station}. */
    public static Unit foundPoint(UnitId id, String name, UnitId station) {
        return found(id, Tier.POINT, name, Optional.of(station), Optional.empty(), Optional.empty());
    }

    /** Founds a practice base below {@code station}. */
    public static Unit foundBase(UnitId id, String name, UnitId station) {
        return found(id, Tier.BASE, name, Optional.of(station), Optional.empty(), Optional.empty());
    }

    /**
     * Rebuilds a stored unit, checking every invariant again (for persistence adapters).
     *
     * @param dissolved whether the unit was {@link #dissolve dissolved}
     * @throws CivilityException if the state breaks an invariant
     */
    public static Unit restore(UnitId id, Tier tier, String name, Optional<UnitId> parent,
                               Optional<String> regionCode, Optional<String> address,
                               List<LeadershipSeat> leadership, List<StaffAssignment> staff,
                               List<Grid> grids, List<Partner> partners, boolean dissolved, long version) {
        Unit unit = new Unit(id, tier, name, parent, regionCode, address, version);
        leadership.forEach(unit::appoint);
        staff.forEach(unit::assignStaff);
        grids.forEach(unit::addGrid);
        partners.forEach(unit::addPartner);
        unit.dissolved = dissolved;
        return unit;
    }

    /**
     * Marks the unit as dissolved (撤销). It keeps its place in the tree and its history; what it
     * recorded is certified by its nearest ancestor that is not dissolved. Dissolving a dissolved unit
     * changes nothing.
     */
    public void dissolve() {
        this.dissolved = true;
    }

    /** Whether the unit was dissolved. */
    public boolean dissolved() {
        return dissolved;
    }

    /** Renames the unit. */
    public void rename(String newName) {
        this.name = Names.require(newName, "name");
    }

    /** Sets or clears the region code and address. */
    public void relocate(Optional<String> newRegionCode, Optional<String> newAddress) {
        this.regionCode = optionalText(newRegionCode, "regionCode", MAX_REGION_CODE_LENGTH);
        this.address = optionalText(newAddress, "address", MAX_ADDRESS_LENGTH);
    }

    /**
     * Seats a person in the station's leadership.
     *
     * @throws CivilityException ORG-STATION-ONLY if this is no station; ORG-DUPLICATE if the person
     *                           already holds a seat; R-ORG-2 if post and seat do not fit or the
     *                           head's or deputy's seat is taken
     */
    public void appoint(LeadershipSeat seat) {
        requireNonNull(seat, "seat");
        requireStation("leadership");
        if (leadership.stream().anyMatch(s -> s.personName().equals(seat.personName()))) {
            throw duplicate("leadership", seat.personName());
        }
        LEADERSHIP.evaluate(new StationLeadershipPolicy.Appointment(name, leadership, seat)).orThrow();
        leadership.add(seat);
    }

    /**
     * Frees the seat a person holds.
     *
     * @throws CivilityException NOT-FOUND if the person holds no seat
     */
    public void removeLeader(String personName) {
        removeFirst(leadership, s -> s.personName().equals(personName), "leadership seat", personName);
    }

    /**
     * Gives a person a staff role at the unit.
     *
     * @throws CivilityException ORG-DUPLICATE if the person already holds that role here
     */
    public void assignStaff(StaffAssignment assignment) {
        requireNonNull(assignment, "assignment");
        if (staff.stream().anyMatch(a -> a.personName().equals(assignment.personName())
                && a.role() == assignment.role())) {
            throw duplicate("staff", assignment.personName());
        }
        staff.add(assignment);
    }

    /**
     * Takes a staff role from a person.
     *
     * @throws CivilityException NOT-FOUND if the person does not hold the role here
     */
    public void unassignStaff(String personName, StaffRole role) {
        removeFirst(staff, a -> a.personName().equals(personName) && a.role() == role, "staff", personName);
    }

    /**
     * Adds a grid to the station.
     *
     * @throws CivilityException ORG-STATION-ONLY if this is no station; ORG-DUPLICATE for a grid name
     *                           already used here
     */
    public void addGrid(Grid grid) {
        requireNonNull(grid, "grid");
        requireStation("grid");
        if (grids.stream().anyMatch(g -> g.name().equals(grid.name()))) {
            throw duplicate("grid", grid.name());
        }
        grids.add(grid);
    }

    /** @throws CivilityException NOT-FOUND if there is no such grid */
    public void removeGrid(String gridName) {
        removeFirst(grids, g -> g.name().equals(gridName), "grid", gridName);
    }

    /**
     * Adds a partner organisation.
     *
     * @throws CivilityException ORG-DUPLICATE for a partner name already used here
     */
    public void addPartner(Partner partner) {
        requireNonNull(partner, "partner");
        if (partners.stream().anyMatch(p -> p.name().equals(partner.name()))) {
            throw duplicate("partner", partner.name());
        }
        partners.add(partner);
    }

    /** @throws CivilityException NOT-FOUND if there is no such partner */
    public void removePartner(String partnerName) {
        removeFirst(partners, p -> p.name().equals(partnerName), "partner", partnerName);
    }

    public UnitId id() {
        return id;
    }

    public Tier tier() {
        return tier;
    }

    public String name() {
        return name;
    }

    /** The parent unit; empty only for a center. */
    public Optional<UnitId> parent() {
        return parent;
    }

    public Optional<String> regionCode() {
        return regionCode;
    }

    public Optional<String> address() {
        return address;
    }

    /** Leadership seats in the order they were taken, unmodifiable. */
    public List<LeadershipSeat> leadership() {
        return List.copyOf(leadership);
    }

    /** Staff assignments in the order they were made, unmodifiable. */
    public List<StaffAssignment> staff() {
        return List.copyOf(staff);
    }

    /** Grids in the order they were added, unmodifiable. */
    public List<Grid> grids() {
        return List.copyOf(grids);
    }

    /** Partners in the order they were added, unmodifiable. */
    public List<Partner> partners() {
        return List.copyOf(partners);
    }

    /** The stored version; 0 if never stored. */
    public long version() {
        return version;
    }

    /** The head's seat, if taken. */
    public Optional<LeadershipSeat> head() {
        return leadership.stream().filter(s -> s.role() == LeadershipRole.HEAD).findFirst();
    }

    @Override
    public String toString() {
        return "Unit[" + id + ", " + tier + ", " + name + "]";
    }

    private void requireStation(String what) {
        if (tier != Tier.STATION) {
            throw CivilityException.of(OrganisationError.STATION_ONLY, "unit", name, "tier", tier.name(), "what", what);
        }
    }

    private CivilityException duplicate(String what, String itemName) {
        return CivilityException.of(OrganisationError.DUPLICATE, "unit", name, "what", what, "name", itemName);
    }

    private static <T> void removeFirst(List<T> list, Predicate<T> match, String what, String itemName) {
        for (int i = 0; i < list.size(); i++) {
            if (match.test(list.get(i))) {
                list.remove(i);
                return;
            }
        }
        throw CivilityException.of(SharedError.NOT_FOUND, "what", what, "id", itemName);
    }

    private static Optional<String> optionalText(Optional<String> value, String field, int max) {
        requireNonNull(value, field);
        Optional<String> trimmed = value.map(String::strip).filter(s -> !s.isEmpty());
        if (trimmed.isPresent() && trimmed.get().length() > max) {
            throw CivilityException.of(OrganisationError.NAME_TOO_LONG, "field", field, "max", max);
        }
        return trimmed;
    }
}
