package org.civility.core.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * What matching knows of one active offer of the resource list: its id, skills, unit (and grid), optional place,
 * weekly availability and recent load (orders its volunteer or team accepted lately).
 */
public final class Candidate {

    private final UUID id;
    private final Set<String> skills;
    private final UnitId unit;
    private final Optional<String> grid;
    private final Optional<GeoPoint> point;
    private final List<WeeklyWindow> availability;
    private final int[] windows;
    private final int recentLoad;

    public Candidate(UUID id, Set<String> skills, UnitId unit, Optional<String> grid, Optional<GeoPoint> point,
                     List<WeeklyWindow> availability, int recentLoad) {
        this.id = requireNonNull(id, "id");
        this.skills = Skills.normalise(requireNonNull(skills, "skills"));
        this.unit = requireNonNull(unit, "unit");
        this.grid = requireNonNull(grid, "grid").map(String::strip).filter(g -> !g.isEmpty());
        this.point = requireNonNull(point, "point");
        this.availability = List.copyOf(availability);
        this.windows = merged(this.availability);
        if (recentLoad < 0) {
            throw CivilityException.of(MatchingError.NUMBER_INVALID, "field", "recentLoad", "value", recentLoad,
                    "max", Integer.MAX_VALUE);
        }
        this.recentLoad = recentLoad;
    }

    /** The windows as sorted, disjoint, non-adjacent [start, end) minute-of-week pairs. */
    static int[] merged(List<WeeklyWindow> windows) {
        List<WeeklyWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingInt(WeeklyWindow::startMinute));
        int[] out = new int[sorted.size() * 2];
        int n = 0;
        for (WeeklyWindow w : sorted) {
            int s = w.startMinute();
            int e = w.endMinute();
            if (n > 0 && s <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], e);
            } else {
                out[n++] = s;
                out[n++] = e;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    public UUID id() {
        return id;
    }

    /** Normalised skill tags. */
    public Set<String> skills() {
        return skills;
    }

    public UnitId unit() {
        return unit;
    }

    public Optional<String> grid() {
        return grid;
    }

    public Optional<GeoPoint> point() {
        return point;
    }

    public List<WeeklyWindow> availability() {
        return availability;
    }

    int[] windows() {
        return windows;
    }

    public int recentLoad() {
        return recentLoad;
    }
}
