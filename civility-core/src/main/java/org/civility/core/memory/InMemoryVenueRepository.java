package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueId;
import org.civility.core.venue.VenueRepository;

/** Venues in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryVenueRepository implements VenueRepository {

    private static final Comparator<Venue> BY_NAME_THEN_ID =
            Comparator.comparing(Venue::name).thenComparing(v -> v.id().toString());

    private final Map<VenueId, Venue> venues = new HashMap<>();

    @Override
    public synchronized Optional<Venue> find(VenueId id) {
        return Optional.ofNullable(venues.get(id)).map(v -> copy(v, v.version()));
    }

    @Override
    public synchronized Venue store(Venue venue) {
        Venue current = venues.get(venue.id());
        long actual = current == null ? 0 : current.version();
        if (venue.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "venue", "id", venue.id(),
                    "expected", venue.version(), "actual", actual);
        }
        Venue stored = copy(venue, actual + 1);
        venues.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Venue> byUnit(UnitId unit, PageRequest page) {
        return Page.of(venues.values().stream()
                .filter(v -> v.unit().equals(unit))
                .sorted(BY_NAME_THEN_ID)
                .map(v -> copy(v, v.version()))
                .toList(), page);
    }

    private static Venue copy(Venue v, long version) {
        return Venue.restore(v.id(), v.unit(), v.name(), v.kind(), v.owner(), v.platforms(), v.capacity(),
                v.active(), v.bookingSequence(), version);
    }
}
