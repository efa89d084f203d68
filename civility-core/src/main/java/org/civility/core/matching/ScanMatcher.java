package org.civility.core.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The reference matcher: scores every candidate, keeping the best in a bounded priority queue. Simple enough to be
 * obviously right; linear in the number of candidates.
 */
public final class ScanMatcher implements Matcher {

    private final List<Candidate> candidates;

    public ScanMatcher(Collection<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    @Override
    public List<Match> top(MatchRequest request) {
        int required = request.skills().size();
        boolean hasPoint = request.point().isPresent();
        double lat = hasPoint ? request.point().get().latitude() : 0;
        double lon = hasPoint ? request.point().get().longitude() : 0;
        double scale = Scoring.lonScale(lat);
        PriorityQueue<Match> best = new PriorityQueue<>(request.limit() + 1, (a, b) -> Scoring.rank(b, a));
        for (Candidate c : candidates) {
            int matched = 0;
            for (String skill : request.skills()) {
                if (c.skills().contains(skill)) {
                    matched++;
                }
            }
            if (required > 0 && matched == 0) {
                continue;
            }
            double skillFit = Scoring.skillFit(matched, required);
            double unitCloseness;
            if (c.unit().equals(request.unit())) {
                unitCloseness = request.grid().isPresent() && request.grid().equals(c.grid()) ? 1.0 : Scoring.SAME_UNIT;
            } else {
                unitCloseness = request.nearbyUnits().getOrDefault(c.unit(), 0.0);
            }
            double byDistance = 0;
            if (hasPoint && c.point().isPresent()) {
                byDistance = Scoring.closenessByDistance(Scoring.distanceKm(lat, lon, scale,
                        c.point().get().latitude(), c.point().get().longitude()));
            }
            double proximity = Math.max(unitCloseness, byDistance);
            double availability = request.when()
                    .map(w -> Scoring.coverage(c.windows(), 0, c.windows().length, w.startMinute(), w.minutes()))
                    .orElse(1.0);
            double fairness = Scoring.fairness(c.recentLoad());
            best.add(new Match(c.id(), Scoring.total(skillFit, proximity, availability, fairness), skillFit,
                    proximity, availability, fairness));
            if (best.size() > request.limit()) {
                best.poll();
            }
        }
        List<Match> out = new ArrayList<>(best);
        out.sort(Scoring::rank);
        return List.copyOf(out);
    }
}
