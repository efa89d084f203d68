package org.civility.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;

import org.civility.core.matching.Candidate;
import org.civility.core.matching.GeoPoint;
import org.civility.core.matching.MatchRequest;
import org.civility.core.matching.WeeklySlot;
import org.civility.core.matching.WeeklyWindow;
import org.civility.core.organisation.UnitId;

/**
 * A seeded county-sized (well, city-sized) world: stations spread over 1.2° × 1.2°, volunteers living near their
 * station (most with a place), skills drawn from a Zipf-like distribution over a tag vocabulary (so popular
 * tags have long postings), evening and weekend windows, small recent loads.
 */
public final class MatchingWorld {

    public static final double LAT = 30.25;
    public static final double LON = 120.15;
    public static final double SPREAD = 1.2;

    private final SplittableRandom random;
    private final UnitId[] stations;
    private final double[][] centres;
    private final String[] skills;
    private final double[] cumulative;

    public MatchingWorld(long seed, int stations, int skills) {
        this.random = new SplittableRandom(seed);
        this.stations = new UnitId[stations];
        this.centres = new double[stations][];
        for (int i = 0; i < stations; i++) {
            this.stations[i] = new UnitId(new UUID(0x5747L, i));
            this.centres[i] = new double[] {LAT + (random.nextDouble() - 0.5) * SPREAD,
                    LON + (random.nextDouble() - 0.5) * SPREAD};
        }
        this.skills = new String[skills];
        this.cumulative = new double[skills];
        double sum = 0;
        for (int i = 0; i < skills; i++) {
            this.skills[i] = "skill-" + i;
            sum += 1.0 / (i + 1);
            this.cumulative[i] = sum;
        }
        for (int i = 0; i < skills; i++) {
            this.cumulative[i] /= sum;
        }
    }

    private String skill() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return skills[lo];
    }

    private double gaussian() {
        // Box-Muller on the seeded source
        double u = Math.max(random.nextDouble(), 1e-12);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    public List<Candidate> candidates(int count) {
        List<Candidate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int s = random.nextInt(stations.length);
            TreeSet<String> own = new TreeSet<>();
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                own.add(skill());
            }
            Optional<String> grid = random.nextInt(10) < 7 ? Optional.of("第" + (1 + random.nextInt(6)) + "网格")
                    : Optional.empty();
            Optional<GeoPoint> point = random.nextInt(100) < 85
                    ? Optional.of(new GeoPoint(clampLat(centres[s][0] + gaussian() * 0.01),
                            centres[s][1] + gaussian() * 0.01))
                    : Optional.empty();
            List<WeeklyWindow> windows = new ArrayList<>();
            int w = random.nextInt(5);
            for (int k = 0; k < w; k++) {
                int start = 8 + random.nextInt(12);
                int end = Math.min(24, start + 2 + random.nextInt(3));
                windows.add(new WeeklyWindow(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(start, 0),
                        end == 24 ? LocalTime.MIDNIGHT : LocalTime.of(end, 0)));
            }
            int load = 0;
            while (load < 8 && random.nextInt(3) == 0) {
                load++;
            }
            out.add(new Candidate(new UUID(random.nextLong(), random.nextLong()), own, stations[s], grid, point,
                    windows, load));
        }
        return out;
    }

    private static double clampLat(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }

    /** Requests for a top-{@code limit}: 1-3 skills, a station with its place, often a grid, a time, 4 nearby stations. */
    public List<MatchRequest> requests(int count, int limit) {
        List<MatchRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int s = random.nextInt(stations.length);
            TreeSet<String> wanted = new TreeSet<>();
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                wanted.add(skill());
            }
            Map<UnitId, Double> nearby = new HashMap<>();
            for (int k = 0; k < 4; k++) {
                nearby.put(stations[random.nextInt(stations.length)], 0.5);
            }
            MatchRequest r = MatchRequest.of(wanted, stations[s], limit)
                    .withPoint(new GeoPoint(centres[s][0] + gaussian() * 0.005, centres[s][1] + gaussian() * 0.005))
                    .withNearbyUnits(nearby)
                    .at(new WeeklySlot((random.nextInt(7) * 24 + 8 + random.nextInt(12)) * 60, 60 * (1 + random.nextInt(3))));
            if (random.nextBoolean()) {
                r = r.withGrid("第" + (1 + random.nextInt(6)) + "网格");
            }
            out.add(r);
        }
        return out;
    }
}
