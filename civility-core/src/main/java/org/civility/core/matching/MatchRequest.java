package org.civility.core.matching;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * What an order asks for.
 *
 * @param skills       the skills the service needs (normalised); empty when any volunteer can serve. With skills,
 *                     only candidates having at least one of them are ranked.
 * @param unit         where the service is needed (the order's unit)
 * @param grid         the grid within that unit, if known
 * @param point        the place, if known
 * @param nearbyUnits  other units counted as close, with their closeness in 0..1 (e.g. the parent institute and
 *                     sibling stations); the order's own unit is always close
 * @param when         the requested service time in the week, if any; without it availability is not ranked
 * @param limit        how many candidates to return, 1..{@value #MAX_LIMIT}
 */
public record MatchRequest(Set<String> skills, UnitId unit, Optional<String> grid, Optional<GeoPoint> point,
                           Map<UnitId, Double> nearbyUnits, Optional<WeeklySlot> when, int limit) {

    public static final int MAX_LIMIT = 100;

    public MatchRequest {
        skills = Skills.normalise(requireNonNull(skills, "skills"));
        requireNonNull(unit, "unit");
        grid = requireNonNull(grid, "grid").map(String::strip).filter(g -> !g.isEmpty());
        requireNonNull(point, "point");
        nearbyUnits = Map.copyOf(nearbyUnits);
        nearbyUnits.forEach((u, closeness) -> {
            if (!(closeness >= 0 && closeness <= 1)) {
                throw CivilityException.of(MatchingError.NUMBER_INVALID, "field", "closeness", "value", closeness,
                        "max", 1);
            }
        });
        requireNonNull(when, "when");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CivilityException.of(MatchingError.NUMBER_INVALID, "field", "limit", "value", limit,
                    "max", MAX_LIMIT);
        }
    }

    /** A request with skills at a unit, nothing else known. */
    public static MatchRequest of(Set<String> skills, UnitId unit, int limit) {
        return new MatchRequest(skills, unit, Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), limit);
    }

    public MatchRequest withGrid(String grid) {
        return new MatchRequest(skills, unit, Optional.of(grid), point, nearbyUnits, when, limit);
    }

    public MatchRequest withPoint(GeoPoint point) {
        return new MatchRequest(skills, unit, grid, Optional.of(point), nearbyUnits, when, limit);
    }

    public MatchRequest withNearbyUnits(Map<UnitId, Double> nearbyUnits) {
        return new MatchRequest(skills, unit, grid, point, nearbyUnits, when, limit);
    }

    public MatchRequest at(WeeklySlot when) {
        return new MatchRequest(skills, unit, grid, point, nearbyUnits, Optional.of(when), limit);
    }

    public MatchRequest withLimit(int limit) {
        return new MatchRequest(skills, unit, grid, point, nearbyUnits, when, limit);
    }
}
