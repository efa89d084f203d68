package org.civility.core.recognition;

/**
 * The leadership group's assessment of a station (DOMAIN §6: has venues, teams, activities, records),
 * from counts given as input. Each of the four parts scores {@code weight × min(1, count / target)};
 * the score is their sum, 0..100 with the default weights (venues 20, teams 20, activities 30,
 * records 30) and targets (1 venue, 3 teams, 12 activities, 100 records a year).
 *
 * @param venues     venues the station runs
 * @param teams      volunteer teams of the station
 * @param activities activities held in the assessed period
 * @param records    service records in the assessed period
 */
public record StationScorecard(int venues, int teams, int activities, int records, Weights weights) {

    public StationScorecard {
        nonNegative("venues", venues);
        nonNegative("teams", teams);
        nonNegative("activities", activities);
        nonNegative("records", records);
        java.util.Objects.requireNonNull(weights, "weights");
    }

    /** A scorecard with the default weights and targets. */
    public static StationScorecard of(int venues, int teams, int activities, int records) {
        return new StationScorecard(venues, teams, activities, records, Weights.DEFAULT);
    }

    /** The score, rounded to one decimal. */
    public double score() {
        double raw = part(venues, weights.venueTarget(), weights.venueWeight())
                + part(teams, weights.teamTarget(), weights.teamWeight())
                + part(activities, weights.activityTarget(), weights.activityWeight())
                + part(records, weights.recordTarget(), weights.recordWeight());
        return Math.round(raw * 10) / 10.0;
    }

    /** True if the station has every part at least once (venue, team, activity, record). */
    public boolean complete() {
        return venues > 0 && teams > 0 && activities > 0 && records > 0;
    }

    private static double part(int count, int target, int weight) {
        return weight * Math.min(1.0, (double) count / target);
    }

    private static void nonNegative(String field, int value) {
        if (value < 0) {
            throw org.civility.core.shared.CivilityException.of(RecognitionError.INVALID_VALUE, "field", field,
                    "value", String.valueOf(value));
        }
    }

    /** Weights (points of the score) and targets (count that earns the full weight) of the four parts. */
    public record Weights(int venueWeight, int venueTarget, int teamWeight, int teamTarget, int activityWeight,
                          int activityTarget, int recordWeight, int recordTarget) {

        public static final Weights DEFAULT = new Weights(20, 1, 20, 3, 30, 12, 30, 100);

        public Weights {
            for (int v : new int[] {venueWeight, teamWeight, activityWeight, recordWeight}) {
                nonNegative("weight", v);
            }
            for (int t : new int[] {venueTarget, teamTarget, activityTarget, recordTarget}) {
                if (t <= 0) {
                    nonNegative("target", -1);
                }
            }
        }
    }
}
