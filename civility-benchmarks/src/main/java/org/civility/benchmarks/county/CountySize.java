package org.civility.benchmarks.county;

/**
 * How much a generated county holds. At scale 1.0 a county: 1 center, 20 institutes, 400 stations, 200,000
 * volunteers, 1,000,000 service record entries over a year, 100,000 orders, 20,000 activities and 10,000 offers; a
 * province is about scale 40. Every count is the county's times the scale, rounded, and at least one unit of each
 * tier; the per-station counts are spread evenly over the stations so that the totals are exact.
 *
 * @param teamsPerStation one team of each kind (五支队伍) per station, whatever the scale
 */
public record CountySize(double scale, int centers, int institutes, int stations, int volunteers, int records,
                         int orders, int activities, int offers, int teamsPerStation, int menuItemsPerStation) {

    public static final int COUNTY_INSTITUTES = 20;
    public static final int COUNTY_STATIONS = 400;
    public static final int COUNTY_VOLUNTEERS = 200_000;
    public static final int COUNTY_RECORDS = 1_000_000;
    public static final int COUNTY_ORDERS = 100_000;
    public static final int COUNTY_ACTIVITIES = 20_000;
    public static final int COUNTY_OFFERS = 10_000;

    public CountySize {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("scale must lie in (0, 100]: " + scale);
        }
    }

    /** The counts of a county times {@code scale}. */
    public static CountySize of(double scale) {
        int centers = atLeastOne(scale);
        int institutes = Math.max(centers, atLeastOne(COUNTY_INSTITUTES * scale));
        int stations = Math.max(institutes, atLeastOne(COUNTY_STATIONS * scale));
        return new CountySize(scale, centers, institutes, stations, atLeastOne(COUNTY_VOLUNTEERS * scale),
                atLeastOne(COUNTY_RECORDS * scale), atLeastOne(COUNTY_ORDERS * scale),
                atLeastOne(COUNTY_ACTIVITIES * scale), atLeastOne(COUNTY_OFFERS * scale), 5, 3);
    }

    /** The share of {@code total} that station {@code index} (0-based, of {@link #stations}) gets. */
    public int perStation(int total, int index) {
        return total / stations + (index < total % stations ? 1 : 0);
    }

    /** The share of the institutes (or stations) that parent {@code index} of {@code parents} gets. */
    static int share(int children, int parents, int index) {
        return children / parents + (index < children % parents ? 1 : 0);
    }

    private static int atLeastOne(double value) {
        return (int) Math.max(1, Math.round(value));
    }
}
