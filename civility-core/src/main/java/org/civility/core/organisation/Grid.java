package org.civility.core.organisation;

import org.civility.core.shared.CivilityException;

/**
 * A grid (网格) of a station's community; coverage is reported per grid.
 *
 * @param name      unique within the station, trimmed, 1..200 characters
 * @param buildings number of buildings in the grid, 0 or more
 */
public record Grid(String name, int buildings) {

    public Grid {
        name = Names.require(name, "grid");
        if (buildings < 0) {
            throw CivilityException.of(OrganisationError.GRID_BUILDINGS, "grid", name, "buildings", buildings);
        }
    }
}
