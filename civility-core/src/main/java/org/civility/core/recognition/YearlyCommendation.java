package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/**
 * R-RECG-1 (DOMAIN §6): each year outstanding volunteers and teams are commended, ranked by hours and
 * ratings, within each unit's quota.
 *
 * <p>Ranking, per unit and separately for volunteers and teams: more minutes first, then the higher
 * average rating, then the id (deterministic). A team's minutes are the sum of its members' minutes and
 * its rating the average of its rated members' ratings; members without a candidate line count 0.
 * Volunteers with 0 minutes are not commended. A unit without a quota commends nobody. The result is
 * ordered by unit, volunteers before teams, then rank.
 */
public final class YearlyCommendation {

    public static final String RULE = "R-RECG-1";

    private YearlyCommendation() {
    }

    public static List<Commended> rank(List<CommendationCandidate> candidates, List<TeamMembership> teams,
                                       List<CommendationQuota> quotas) {
        requireNonNull(candidates, "candidates");
        requireNonNull(teams, "teams");
        Map<UnitId, CommendationQuota> quotaByUnit = new LinkedHashMap<>();
        requireNonNull(quotas, "quotas").forEach(q -> quotaByUnit.put(q.unit(), q));
        Map<VolunteerId, CommendationCandidate> byVolunteer = new HashMap<>();
        candidates.forEach(c -> byVolunteer.merge(c.volunteer(), c, YearlyCommendation::combine));

        List<Line> lines = new ArrayList<>();
        for (CommendationCandidate c : byVolunteer.values()) {
            lines.add(new Line(Nominee.VOLUNTEER, c.volunteer().value(), c.unit(), c.minutes(), c.averageRating()));
        }
        for (TeamMembership t : teams) {
            long minutes = 0;
            double ratingSum = 0;
            int rated = 0;
            for (VolunteerId member : t.members()) {
                CommendationCandidate c = byVolunteer.get(member);
                if (c != null) {
                    minutes += c.minutes();
                    if (c.averageRating() > 0) {
                        ratingSum += c.averageRating();
                        rated++;
                    }
                }
            }
            lines.add(new Line(Nominee.TEAM, t.team().value(), t.unit(), minutes, rated == 0 ? 0 : ratingSum / rated));
        }

        Comparator<Line> order = Comparator.comparingLong(Line::minutes).reversed()
                .thenComparing(Comparator.comparingDouble(Line::rating).reversed())
                .thenComparing(Line::id);
        List<Commended> result = new ArrayList<>();
        for (CommendationQuota quota : quotaByUnit.values().stream()
                .sorted(Comparator.comparing(q -> q.unit().value())).toList()) {
            for (Nominee nominee : Nominee.values()) {
                int limit = nominee == Nominee.VOLUNTEER ? quota.volunteers() : quota.teams();
                List<Line> ranked = lines.stream()
                        .filter(l -> l.nominee() == nominee && l.unit().equals(quota.unit()) && l.minutes() > 0)
                        .sorted(order).limit(limit).toList();
                for (int i = 0; i < ranked.size(); i++) {
                    Line l = ranked.get(i);
                    result.add(new Commended(nominee, l.id(), l.unit(), i + 1, l.minutes(), l.rating()));
                }
            }
        }
        return List.copyOf(result);
    }

    private static CommendationCandidate combine(CommendationCandidate a, CommendationCandidate b) {
        // The same volunteer listed twice (e.g. two record sources): add minutes, keep the better-known unit (the first).
        long minutes = a.minutes() + b.minutes();
        double rating = minutes == 0 ? Math.max(a.averageRating(), b.averageRating())
                : (a.averageRating() * a.minutes() + b.averageRating() * b.minutes()) / minutes;
        return new CommendationCandidate(a.volunteer(), a.unit(), minutes, rating);
    }

    private record Line(Nominee nominee, UUID id, UnitId unit, long minutes, double rating) {
    }
}
