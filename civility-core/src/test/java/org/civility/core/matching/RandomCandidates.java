package org.civility.core.matching;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.civility.core.organisation.UnitId;

/** Seeded random candidates and requests around one county, with deliberate ties. */
final class RandomCandidates {

    static final double LAT = 30.25;
    static final double LON = 120.15;

    private final Random random;
    private final List<UnitId> units = new ArrayList<>();
    private final List<String> skills = new ArrayList<>();

    RandomCandidates(long seed, int units, int skills) {
        this.random = new Random(seed);
        for (int i = 0; i < units; i++) {
            this.units.add(new UnitId(new UUID(seed, i)));
        }
        for (int i = 0; i < skills; i++) {
            this.skills.add("skill-" + i);
        }
    }

    List<Candidate> candidates(int count) {
        List<Candidate> out = new ArrayList<>();
        while (out.size() < count) {
            Candidate c = candidate();
            out.add(c);
            // a twin with another id, to exercise the tie-break
            if (random.nextInt(5) == 0 && out.size() < count) {
                out.add(new Candidate(UUID.nameUUIDFromBytes(c.id().toString().getBytes()), c.skills(), c.unit(),
                        c.grid(), c.point(), c.availability(), c.recentLoad()));
            }
        }
        return out;
    }

    private Candidate candidate() {
        Set<String> own = new TreeSet<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            own.add(skills.get(skewed(skills.size())));
        }
        UnitId unit = units.get(random.nextInt(units.size()));
        Optional<String> grid = random.nextInt(3) == 0 ? Optional.empty() : Optional.of("G" + random.nextInt(3));
        Optional<GeoPoint> point = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(point());
        List<WeeklyWindow> windows = new ArrayList<>();
        int w = random.nextInt(4);
        for (int i = 0; i < w; i++) {
            int start = random.nextInt(20);
            int end = start + 1 + random.nextInt(24 - start);
            windows.add(new WeeklyWindow(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(start, 0),
                    end == 24 ? LocalTime.MIDNIGHT : LocalTime.of(end, random.nextBoolean() ? 0 : 30)));
        }
        return new Candidate(new UUID(random.nextLong(), random.nextLong()), own, unit, grid, point, windows,
                random.nextInt(4));
    }

    private int skewed(int n) {
        return Math.min(n - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * n / 2.5));
    }

    GeoPoint point() {
        // coarse coordinates so that some candidates share a place
        double lat = LAT + Math.round((random.nextDouble() - 0.5) * 0.3 * 200) / 200.0;
        double lon = LON + Math.round((random.nextDouble() - 0.5) * 0.3 * 200) / 200.0;
        return new GeoPoint(lat, lon);
    }

    MatchRequest request() {
        Set<String> wanted = new TreeSet<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            wanted.add(random.nextInt(10) == 0 ? "unknown-" + i : skills.get(skewed(skills.size())));
        }
        UnitId unit = random.nextInt(10) == 0 ? new UnitId(UUID.randomUUID()) : units.get(random.nextInt(units.size()));
        MatchRequest r = MatchRequest.of(wanted, unit, 1 + random.nextInt(random.nextBoolean() ? 10 : 30));
        if (random.nextBoolean()) {
            r = r.withGrid("G" + random.nextInt(3));
        }
        if (random.nextInt(3) > 0) {
            r = r.withPoint(point());
        }
        if (random.nextBoolean()) {
            Map<UnitId, Double> nearby = new HashMap<>();
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                nearby.put(units.get(random.nextInt(units.size())), random.nextInt(5) / 5.0);
            }
            r = r.withNearbyUnits(nearby);
        }
        if (random.nextBoolean()) {
            r = r.at(new WeeklySlot(random.nextInt(7 * 24) * 60, 30 * (1 + random.nextInt(12))));
        }
        return r;
    }
}
