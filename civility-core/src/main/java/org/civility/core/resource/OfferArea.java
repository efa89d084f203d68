package org.civility.core.resource;

import java.util.Optional;

import org.civility.core.matching.GeoPoint;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * Where an offer serves: a unit, optionally one of its grids (网格), optionally a place (only with the holder's
 * consent: location is sensitive personal data).
 */
public record OfferArea(UnitId unit, Optional<String> grid, Optional<GeoPoint> point) {

    public static final int MAX_GRID = 200;

    public OfferArea {
        requireNonNull(unit, "unit");
        grid = requireNonNull(grid, "grid").map(String::strip).filter(g -> !g.isEmpty());
        grid.filter(g -> g.length() > MAX_GRID).ifPresent(g -> {
            throw CivilityException.of(OfferError.TEXT_INVALID, "field", "grid", "max", MAX_GRID);
        });
        requireNonNull(point, "point");
    }

    public static OfferArea of(UnitId unit) {
        return new OfferArea(unit, Optional.empty(), Optional.empty());
    }
}
