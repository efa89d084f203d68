package org.civility.core.venue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

/**
 * A place (阵地) a station schedules for practice activities: a party-member room, an ethics hall,
 * a library, a fitness square.
 *
 * <p>Lifecycle: {@link #register registered} at the station that schedules it, active until
 * {@link #retire() retired}; a retired venue takes no new bookings. Every new booking bumps
 * {@link #bookingSequence()} so that concurrent bookings of one venue collide on its version.
 *
 * <p>Invariants: serves at least one {@link PlatformKind}; capacity, if known, is positive;
 * R-VEN-1 ownership never changes (权属不变、统一调配使用): the owner is set at registration and no
 * verb touches it, the station only schedules the venue.
 */
public final class Venue {

    private final VenueId id;
    private final UnitId unit;
    private String name;
    private final VenueKind kind;
    private final VenueOwner owner;
    private Set<PlatformKind> platforms;
    private Optional<Integer> capacity;
    private boolean active;
    private long bookingSequence;
    private final long version;

    private Venue(VenueId id, UnitId unit, String name, VenueKind kind, VenueOwner owner,
                  Set<PlatformKind> platforms, Optional<Integer> capacity, boolean active,
                  long bookingSequence, long version) {
        this.id = Texts.required(id, "id");
        this.unit = Texts.required(unit, "unit");
        this.name = Texts.required(name, "name");
        this.kind = Texts.required(kind, "kind");
        this.owner = Texts.required(owner, "owner");
        this.platforms = checkedPlatforms(id, platforms);
        this.capacity = checkedCapacity(capacity);
        this.active = active;
        if (bookingSequence < 0 || version < 0) {
            throw CivilityException.of(VenueError.STATE_INVALID, "what", "venue", "id", id,
                    "reason", "negative bookingSequence or version");
        }
        this.bookingSequence = bookingSequence;
        this.version = version;
    }

    /**
     * Registers a venue at the station that schedules it; the owner stays whoever owns it (R-VEN-1).
     *
     * @throws CivilityException REQUIRED, {@link VenueError#NO_PLATFORM}, {@link VenueError#CAPACITY_INVALID}
     */
    public static Venue register(VenueId id, UnitId unit, String name, VenueKind kind, VenueOwner owner,
                                 Set<PlatformKind> platforms, Optional<Integer> capacity) {
        return new Venue(id, unit, name, kind, owner, platforms, capacity, true, 0, 0);
    }

    /** Rebuilds a stored venue, checking the invariants again. For persistence adapters. */
    public static Venue restore(VenueId id, UnitId unit, String name, VenueKind kind, VenueOwner owner,
                                Set<PlatformKind> platforms, Optional<Integer> capacity, boolean active,
                                long bookingSequence, long version) {
        return new Venue(id, unit, name, kind, owner, platforms, capacity, active, bookingSequence, version);
    }

    /** Renames the venue; the owner is left as it was (R-VEN-1). */
    public void rename(String newName) {
        this.name = Texts.required(newName, "name");
    }

    /** Changes the platforms the station schedules the venue for; the owner is left as it was (R-VEN-1). */
    public void serve(Set<PlatformKind> newPlatforms) {
        this.platforms = checkedPlatforms(id, newPlatforms);
    }

    /**
     * Takes the venue out of scheduling; existing bookings stay as they are.
     *
     * @throws CivilityException {@link VenueError#RETIRED} if retired already
     */
    public void retire() {
        requireActive();
        this.active = false;
    }

    /**
     * Notes that a booking was taken: bumps {@link #bookingSequence()} so the venue must be stored
     * with the booking, and two concurrent bookings collide on the venue's version.
     *
     * @throws CivilityException {@link VenueError#RETIRED} if the venue is retired
     */
    public void noteBooking() {
        requireActive();
        bookingSequence++;
    }

    /** @throws CivilityException {@link VenueError#RETIRED} if the venue is retired */
    public void requireActive() {
        if (!active) {
            throw CivilityException.of(VenueError.RETIRED, "venue", id);
        }
    }

    public boolean serves(PlatformKind platform) {
        return platforms.contains(platform);
    }

    public VenueId id() {
        return id;
    }

    /** The station that schedules the venue. */
    public UnitId unit() {
        return unit;
    }

    public String name() {
        return name;
    }

    public VenueKind kind() {
        return kind;
    }

    /** The owner, unchanged since registration (R-VEN-1). */
    public VenueOwner owner() {
        return owner;
    }

    /** Unmodifiable, never empty. */
    public Set<PlatformKind> platforms() {
        return platforms;
    }

    public Optional<Integer> capacity() {
        return capacity;
    }

    public boolean active() {
        return active;
    }

    /** How many bookings were taken for this venue. */
    public long bookingSequence() {
        return bookingSequence;
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    private static Set<PlatformKind> checkedPlatforms(VenueId id, Set<PlatformKind> platforms) {
        if (platforms == null || platforms.isEmpty()) {
            throw CivilityException.of(VenueError.NO_PLATFORM, "venue", id);
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(platforms));
    }

    private static Optional<Integer> checkedCapacity(Optional<Integer> capacity) {
        Texts.required(capacity, "capacity");
        capacity.ifPresent(c -> {
            if (c < 1) {
                throw CivilityException.of(VenueError.CAPACITY_INVALID, "capacity", c);
            }
        });
        return capacity;
    }

    @Override
    public String toString() {
        return "Venue[" + id + " " + name + " v" + version + "]";
    }
}
