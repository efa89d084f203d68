package org.civility.core.matching;

import java.util.UUID;

/**
 * The one place scores are computed; both matchers call these functions with the same arguments, so their scores
 * are bit-equal. Every function is monotone in the sense the indexed matcher's prune relies on: raising an input
 * that is bounded from above never lowers the result (IEEE rounding is monotone).
 */
final class Scoring {

    static final double W_SKILL = 40;
    static final double W_PROXIMITY = 25;
    static final double W_AVAILABILITY = 25;
    static final double W_LOAD = 10;
    /** Closeness of the same unit when the grids differ or are unknown. */
    static final double SAME_UNIT = 0.8;
    /** Distance at which closeness by coordinates falls to one half. */
    static final double HALF_KM = 2.0;
    /** Kilometres per degree of a great circle (mean earth radius 6371.0088 km). */
    static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180;

    private Scoring() {
    }

    static double total(double skillFit, double proximity, double availability, double fairness) {
        return W_SKILL * skillFit + W_PROXIMITY * proximity + W_AVAILABILITY * availability + W_LOAD * fairness;
    }

    static double skillFit(int matched, int required) {
        return required == 0 ? 1.0 : (double) matched / required;
    }

    static double fairness(int load) {
        return 1.0 / (1.0 + load);
    }

    /** The cosine used to scale longitude differences at the request's latitude. */
    static double lonScale(double requestLatitude) {
        return Math.cos(Math.toRadians(requestLatitude));
    }

    /**
     * Distance in km on the plane tangent at the request (equirectangular; within 0.5 % of the great-circle
     * distance at the scale of a county). Longitudes are not wrapped at the antimeridian.
     */
    static double distanceKm(double requestLatitude, double requestLongitude, double lonScale, double latitude,
                             double longitude) {
        double dy = latitude - requestLatitude;
        double dx = (longitude - requestLongitude) * lonScale;
        return KM_PER_DEGREE * Math.sqrt(dx * dx + dy * dy);
    }

    static double closenessByDistance(double km) {
        return 1.0 / (1.0 + km / HALF_KM);
    }

    /**
     * Share of the slot [start, start + minutes) (wrapping at the end of the week) covered by merged windows.
     */
    static double coverage(int[] windows, int from, int to, int start, int minutes) {
        int end = start + minutes;
        int covered;
        if (end <= WeeklyWindow.MINUTES_PER_WEEK) {
            covered = overlap(windows, from, to, start, end);
        } else {
            covered = overlap(windows, from, to, start, WeeklyWindow.MINUTES_PER_WEEK)
                    + overlap(windows, from, to, 0, end - WeeklyWindow.MINUTES_PER_WEEK);
        }
        return (double) covered / minutes;
    }

    private static int overlap(int[] windows, int from, int to, int start, int end) {
        int sum = 0;
        for (int k = from; k < to; k += 2) {
            int s = Math.max(windows[k], start);
            int e = Math.min(windows[k + 1], end);
            if (e > s) {
                sum += e - s;
            }
        }
        return sum;
    }

    /** True if (msb1, lsb1) sorts before (msb2, lsb2) as UUID text does (unsigned, most significant first). */
    static boolean idBefore(long msb1, long lsb1, long msb2, long lsb2) {
        int c = Long.compareUnsigned(msb1, msb2);
        return c != 0 ? c < 0 : Long.compareUnsigned(lsb1, lsb2) < 0;
    }

    static int compareIds(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** Best first: higher score, then lower id. */
    static int rank(Match a, Match b) {
        int c = Double.compare(b.score(), a.score());
        return c != 0 ? c : compareIds(a.candidate(), b.candidate());
    }
}
