package org.civility.core.publicity;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civility.core.activity.ActivityId;
import org.civility.core.activity.PracticeForm;
import org.civility.core.organisation.UnitId;
import org.civility.core.recognition.Nominee;

/**
 * A station's public page (宣传): what anyone may see without signing in, to be shared in the village's WeChat group.
 * It carries no personal data beyond the names people agreed to show: no participant of an activity, no resident of
 * an order (requester, recipient, description), only the volunteers who consented to a showcase or to being named
 * in the commendation.
 *
 * @param station       the station's id
 * @param name          the station's name
 * @param coming        planned activities of the station and its points and bases not yet ended, soonest first
 * @param showcases     showcased orders (晒单) placed at the station or its points and bases, newest first
 * @param year          the calendar year of {@code commendations}
 * @param commendations the year's commendation (R-RECG-1) of the station and the units below it so far
 */
public record PublicStationPage(UnitId station, String name, List<ComingActivity> coming, List<Showcase> showcases,
                                int year, List<Commendation> commendations) {

    public PublicStationPage {
        requireNonNull(station, "station");
        requireNonNull(name, "name");
        coming = List.copyOf(coming);
        showcases = List.copyOf(showcases);
        commendations = List.copyOf(commendations);
    }

    /**
     * A coming activity as the public sees it.
     *
     * @param place the venue it booked, else the name of the station, point or base it is held at
     */
    public record ComingActivity(ActivityId id, PracticeForm form, String title, Instant start, Instant end,
                                 String place) {

        public ComingActivity {
            requireNonNull(id, "id");
            requireNonNull(form, "form");
            requireNonNull(title, "title");
            requireNonNull(start, "start");
            requireNonNull(end, "end");
            requireNonNull(place, "place");
        }
    }

    /**
     * A showcased order: what was served, the volunteer's report, the rating, and the volunteer, who consented to the
     * showcase. The resident's own words (a wish's text, the rating's comment) are not published: the resident did not
     * consent to the showcase. The report has long runs of digits (phone or ID numbers) masked.
     *
     * @param item      the menu item's name; empty for a wish
     * @param wish      whether the item was a wish (微心愿) rather than an item of the menu
     * @param volunteer the serving volunteer's name; empty if not known
     * @param servedAt  when it was completed
     */
    public record Showcase(String item, boolean wish, Optional<String> report, int stars, Optional<String> volunteer,
                           Instant servedAt) {

        public Showcase {
            requireNonNull(item, "item");
            requireNonNull(report, "report");
            requireNonNull(volunteer, "volunteer");
            requireNonNull(servedAt, "servedAt");
        }
    }

    /**
     * A commended volunteer or team.
     *
     * @param name empty for a volunteer who did not consent to being named (shown as "a volunteer")
     */
    public record Commendation(Nominee nominee, int rank, Optional<String> name, long minutes) {

        public Commendation {
            requireNonNull(nominee, "nominee");
            requireNonNull(name, "name");
        }
    }
}
