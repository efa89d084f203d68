package org.civility.core.assessment;

import org.civility.core.shared.CivilityException;

/**
 * What a station had and did in the period assessed (R-ASSESS-1), counted at the station and its points and bases
 * when the assessment was made.
 *
 * @param venues            venues the station schedules
 * @param teams             its volunteer teams
 * @param activitiesHeld    activities held that started in the period
 * @param lectureMonths     months in the period
 * @param lectureMonthsKept of them, months with at least one 讲 (R-LECT-1)
 * @param recordsComplete   held activities of the period whose record is complete (R-ACT-1)
 */
public record AssessmentFigures(int venues, int teams, int activitiesHeld, int lectureMonths, int lectureMonthsKept,
                                int recordsComplete) {

    public AssessmentFigures {
        if (venues < 0 || teams < 0 || activitiesHeld < 0 || lectureMonths < 1 || lectureMonthsKept < 0
                || lectureMonthsKept > lectureMonths || recordsComplete < 0 || recordsComplete > activitiesHeld) {
            throw CivilityException.of(AssessmentError.INVALID, "field", "figures");
        }
    }

    /** Whether the station has venues, teams and activities, the three things R-ASSESS-1 looks for first. */
    public boolean hasVenuesTeamsAndActivities() {
        return venues > 0 && teams > 0 && activitiesHeld > 0;
    }
}
