package org.civility.core.matching;

import org.civility.core.shared.CivilityException;

/**
 * A place in WGS-84 degrees. Only used with the holder's consent (location is sensitive personal data); an offer
 * without one is matched by its unit and grid.
 */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || latitude < -90 || latitude > 90
                || longitude < -180 || longitude > 180) {
            throw CivilityException.of(MatchingError.POINT_INVALID, "latitude", latitude, "longitude", longitude);
        }
    }
}
