package org.civility.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.civility.core.organisation.UnitId;

/**
 * A matcher over an immutable snapshot of candidates, giving exactly the ranking of {@link ScanMatcher} without
 * scoring most candidates.
 *
 * <p>Layout: candidates live in flat arrays (slots). Postings (ascending slots) are kept per unit and skill and per
 * spatial bucket and skill: buckets are cells of {@value #CELL_DEGREES}° by {@value #CELL_DEGREES}° holding the
 * candidates with a place (with the bounding box of their points), plus one bucket of candidates without a place;
 * a pseudo-skill lists everyone for requests without skills.
 *
 * <p>Query: (1) every candidate of the request's own and nearby units is scored exactly (their closeness by unit
 * needs no bound). (2) The other buckets are visited in descending order of an upper bound of their score: the
 * closeness at the distance from the request to the bucket's bounding box, full availability and fairness, and
 * the best skill fit the bucket's postings allow; once the bounded top-k heap is full and a bucket's bound falls
 * below the heap's floor, the visit stops. Inside a bucket the postings of the requested skills are merged (which
 * yields each candidate's exact skill fit), and a candidate is scored only when its own bound (exact skill fit and
 * fairness, the bucket's closeness bound, full availability) reaches the floor. Scores come from the same
 * functions as the scan's, and the bounds from the same functions with inputs that can only be higher, so the
 * prune never drops a candidate that would rank.
 */
public final class IndexedMatcher implements Matcher {

    /** Edge of a spatial cell in degrees (about 2.2 km north-south). */
    public static final double CELL_DEGREES = 0.02;

    private final int size;
    private final long[] msb;
    private final long[] lsb;
    private final int[] unitOf;
    private final int[] gridOf;
    private final double[] lat;
    private final double[] lon;
    private final boolean[] hasPoint;
    private final int[] windowStart;
    private final int[] windowData;
    private final double[] fairness;
    /** Slots ordered by candidate id (signed most, then least significant bits), to find a candidate's slot. */
    private final int[] byId;

    private final Map<String, Integer> skillIds;
    private final int allSkill;
    private final Map<UnitId, Integer> unitIds;
    private final Map<String, Integer> gridIds;
    /** Per unit: postings by skill. */
    private final Postings[] byUnit;
    /** Spatial buckets (and the bucket without a place, last). */
    private final Bucket[] buckets;

    private IndexedMatcher(List<Candidate> candidates) {
        size = candidates.size();
        msb = new long[size];
        lsb = new long[size];
        unitOf = new int[size];
        gridOf = new int[size];
        lat = new double[size];
        lon = new double[size];
        hasPoint = new boolean[size];
        windowStart = new int[size + 1];
        fairness = new double[size];
        skillIds = new HashMap<>();
        unitIds = new HashMap<>();
        gridIds = new HashMap<>();
        int windows = 0;
        for (Candidate c : candidates) {
            windows += c.windows().length;
            for (String s : c.skills()) {
                skillIds.putIfAbsent(s, skillIds.size());
            }
        }
        allSkill = skillIds.size();
        int lists = allSkill + 1;
        windowData = new int[windows];
        Map<Long, Integer> cellIds = new HashMap<>();
        int[] bucketOf = new int[size];
        int entries = 0;
        int w = 0;
        for (int i = 0; i < size; i++) {
            Candidate c = candidates.get(i);
            msb[i] = c.id().getMostSignificantBits();
            lsb[i] = c.id().getLeastSignificantBits();
            unitOf[i] = unitIds.computeIfAbsent(c.unit(), u -> unitIds.size());
            gridOf[i] = c.grid().map(g -> gridIds.computeIfAbsent(gridKey(c.unit(), g), k -> gridIds.size()))
                    .orElse(-1);
            windowStart[i] = w;
            System.arraycopy(c.windows(), 0, windowData, w, c.windows().length);
            w += c.windows().length;
            fairness[i] = Scoring.fairness(c.recentLoad());
            long cell = NO_PLACE;
            if (c.point().isPresent()) {
                hasPoint[i] = true;
                lat[i] = c.point().get().latitude();
                lon[i] = c.point().get().longitude();
                cell = cellKey(lat[i], lon[i]);
            }
            bucketOf[i] = cellIds.computeIfAbsent(cell, k -> cellIds.size());
            entries += c.skills().size() + 1;
        }
        windowStart[size] = w;
        double[][] boxes = new double[cellIds.size()][];
        for (int i = 0; i < size; i++) {
            if (hasPoint[i]) {
                double[] box = boxes[bucketOf[i]];
                if (box == null) {
                    box = new double[] {lat[i], lat[i], lon[i], lon[i]};
                    boxes[bucketOf[i]] = box;
                }
                box[0] = Math.min(box[0], lat[i]);
                box[1] = Math.max(box[1], lat[i]);
                box[2] = Math.min(box[2], lon[i]);
                box[3] = Math.max(box[3], lon[i]);
            }
        }
        if ((long) Math.max(unitIds.size(), cellIds.size()) * lists >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many places times skills to index: " + cellIds.size() + " x "
                    + lists);
        }
        // (group, skill, slot) entries, sorted: the postings of each group come out as ascending slot lists.
        long[] byUnitEntries = new long[entries];
        long[] byCellEntries = new long[entries];
        int e = 0;
        for (int i = 0; i < size; i++) {
            for (String skill : candidates.get(i).skills()) {
                int id = skillIds.get(skill);
                byUnitEntries[e] = entry(unitOf[i], lists, id, i);
                byCellEntries[e++] = entry(bucketOf[i], lists, id, i);
            }
            byUnitEntries[e] = entry(unitOf[i], lists, allSkill, i);
            byCellEntries[e++] = entry(bucketOf[i], lists, allSkill, i);
        }
        Postings[] units = Postings.group(byUnitEntries, lists, unitIds.size());
        byUnit = units;
        Postings[] cells = Postings.group(byCellEntries, lists, cellIds.size());
        buckets = new Bucket[cells.length];
        for (int b = 0; b < cells.length; b++) {
            buckets[b] = new Bucket(boxes[b], cells[b]);
        }
        byId = IntStream.range(0, size).boxed()
                .sorted((a, b) -> msb[a] != msb[b] ? Long.compare(msb[a], msb[b]) : Long.compare(lsb[a], lsb[b]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static long entry(int group, int lists, int skill, int slot) {
        return ((long) group * lists + skill) << 32 | slot;
    }

    private static final long NO_PLACE = Long.MIN_VALUE;

    /** Builds the index of a snapshot of candidates (linear in their number and skills). */
    public static IndexedMatcher of(Collection<Candidate> candidates) {
        // Slots follow the spatial cells, so that a bucket's candidates lie together in memory.
        List<Candidate> all = List.copyOf(candidates);
        long[] keys = new long[all.size()];
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < keys.length; i++) {
            Candidate c = all.get(i);
            keys[i] = c.point().map(p -> cellKey(p.latitude(), p.longitude())).orElse(NO_PLACE);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        List<Candidate> placed = new ArrayList<>(all.size());
        for (Integer i : order) {
            placed.add(all.get(i));
        }
        return new IndexedMatcher(placed);
    }

    private static String gridKey(UnitId unit, String grid) {
        return unit.value() + "\n" + grid;
    }

    private static long cellKey(double latitude, double longitude) {
        long row = (long) Math.floor(latitude / CELL_DEGREES);
        long col = (long) Math.floor(longitude / CELL_DEGREES);
        return (row << 32) ^ (col & 0xffffffffL);
    }

    /** How many candidates the index holds. */
    public int size() {
        return size;
    }

    @Override
    public List<Match> top(MatchRequest request) {
        return new Query(request, Restriction.NONE).run();
    }

    /**
     * The best {@code request.limit()} candidates among those the restriction admits, with the recent loads it
     * names instead of the snapshot's: exactly the ranking of a {@link ScanMatcher} over the admitted candidates
     * with those loads. Lets one snapshot serve queries that differ in who may rank and in loads that change
     * between rebuilds.
     */
    public List<Match> top(MatchRequest request, Restriction restriction) {
        Objects.requireNonNull(restriction, "restriction");
        return new Query(request, restriction).run();
    }

    /**
     * What one query changes of the snapshot: the units whose candidates may rank (all when empty), candidates
     * that may not rank whatever their unit, and the recent load of every candidate now (the snapshot's when
     * empty). Loads are asked only of the few candidates the query scores.
     */
    public record Restriction(Optional<Set<UnitId>> units, Set<UUID> excluded,
                              Optional<ToIntFunction<UUID>> recentLoad) {

        /** Everyone ranks, with the snapshot's loads. */
        public static final Restriction NONE = new Restriction(Optional.empty(), Set.of(), Optional.empty());

        public Restriction {
            units = units.map(Set::copyOf);
            excluded = Set.copyOf(excluded);
            Objects.requireNonNull(recentLoad, "recentLoad");
        }
    }

    /** The slot of a candidate id, or -1. */
    private int slotOf(UUID id) {
        long m = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int slot = byId[mid];
            int c = msb[slot] != m ? Long.compare(msb[slot], m) : Long.compare(lsb[slot], l);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return slot;
            }
        }
        return -1;
    }

    /** One evaluation; holds the request's resolved values. */
    private final class Query {

        private final MatchRequest request;
        private final int required;
        private final int[] skills;
        private final int ownUnit;
        private final int ownGrid;
        private final double[] closeness;
        private final boolean[] near;
        private final boolean hasPlace;
        private final double reqLat;
        private final double reqLon;
        private final double scale;
        private final boolean timed;
        private final int slotStart;
        private final int slotMinutes;
        private final TopK heap;
        private final int[] matched;
        /** Per unit id: whether its candidates may rank; null when all may. */
        private final boolean[] admittedUnit;
        private final BitSet excluded;
        private final ToIntFunction<UUID> loadOf;
        /** The fairness of the slots scored so far, from {@code loadOf}. */
        private final Map<Integer, Double> fairnessOf = new HashMap<>();

        Query(MatchRequest request, Restriction restriction) {
            this.request = request;
            if (restriction.units().isPresent()) {
                admittedUnit = new boolean[unitIds.size()];
                for (UnitId unit : restriction.units().get()) {
                    Integer u = unitIds.get(unit);
                    if (u != null) {
                        admittedUnit[u] = true;
                    }
                }
            } else {
                admittedUnit = null;
            }
            excluded = new BitSet();
            for (UUID id : restriction.excluded()) {
                int slot = slotOf(id);
                if (slot >= 0) {
                    excluded.set(slot);
                }
            }
            loadOf = restriction.recentLoad().orElse(null);
            required = request.skills().size();
            if (required == 0) {
                skills = new int[] {allSkill};
            } else {
                skills = request.skills().stream().map(skillIds::get).filter(Objects::nonNull)
                        .mapToInt(Integer::intValue).sorted().toArray();
            }
            ownUnit = unitIds.getOrDefault(request.unit(), -1);
            ownGrid = request.grid().map(g -> gridIds.getOrDefault(gridKey(request.unit(), g), -1)).orElse(-1);
            closeness = new double[unitIds.size()];
            near = new boolean[unitIds.size()];
            request.nearbyUnits().forEach((unit, value) -> {
                Integer u = unitIds.get(unit);
                if (u != null) {
                    closeness[u] = value;
                    near[u] = true;
                }
            });
            if (ownUnit >= 0) {
                near[ownUnit] = true;
            }
            hasPlace = request.point().isPresent();
            reqLat = hasPlace ? request.point().get().latitude() : 0;
            reqLon = hasPlace ? request.point().get().longitude() : 0;
            scale = Scoring.lonScale(reqLat);
            timed = request.when().isPresent();
            slotStart = timed ? request.when().get().startMinute() : 0;
            slotMinutes = timed ? request.when().get().minutes() : 1;
            heap = new TopK(request.limit(), msb, lsb);
            matched = new int[1];
        }

        List<Match> run() {
            if (skills.length == 0) {
                return List.of();
            }
            for (int u = 0; u < near.length; u++) {
                if (near[u] && byUnit[u] != null) {
                    visit(byUnit[u], 1.0, false);
                }
            }
            if (admittedUnit != null) {
                visitAdmittedUnits();
            } else {
                visitBuckets();
            }
            int[] slots = heap.slots();
            List<Match> out = new ArrayList<>(slots.length);
            for (int slot : slots) {
                out.add(match(slot, matchedSkills(slot)));
            }
            out.sort(Scoring::rank);
            return List.copyOf(out);
        }

        /**
         * With the units restricted, the admitted units' own postings instead of the spatial buckets, which hold
         * every unit's candidates. A candidate of a unit that is not near is only close by distance: its closeness
         * bound is 1 when the request has a place, else 0 (exact).
         */
        private void visitAdmittedUnits() {
            double closenessBound = hasPlace ? 1.0 : 0.0;
            for (int u = 0; u < admittedUnit.length; u++) {
                if (!admittedUnit[u] || near[u] || byUnit[u] == null) {
                    continue;
                }
                int count = byUnit[u].count(skills);
                if (count == 0) {
                    continue;
                }
                if (heap.full() && Scoring.total(Scoring.skillFit(required == 0 ? 0 : count, required),
                        closenessBound, 1.0, 1.0) < heap.floor()) {
                    continue;
                }
                visit(byUnit[u], closenessBound, true);
            }
        }

        private void visitBuckets() {
            int n = 0;
            Bucket[] candidates = new Bucket[buckets.length];
            double[] bounds = new double[buckets.length];
            double[] closenessBounds = new double[buckets.length];
            int[] present = new int[buckets.length];
            for (Bucket b : buckets) {
                int count = b.postings.count(skills);
                if (count == 0) {
                    continue;
                }
                double byDistance = 0;
                if (hasPlace && b.box != null) {
                    double clampedLat = Math.min(Math.max(reqLat, b.box[0]), b.box[1]);
                    double clampedLon = Math.min(Math.max(reqLon, b.box[2]), b.box[3]);
                    byDistance = Scoring.closenessByDistance(
                            Scoring.distanceKm(reqLat, reqLon, scale, clampedLat, clampedLon));
                }
                candidates[n] = b;
                closenessBounds[n] = byDistance;
                present[n] = count;
                bounds[n] = Scoring.total(Scoring.skillFit(required == 0 ? 0 : count, required), byDistance, 1.0,
                        1.0);
                n++;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            double[] sortBounds = bounds;
            Arrays.sort(order, (a, b) -> Double.compare(sortBounds[b], sortBounds[a]));
            for (int k = 0; k < n; k++) {
                int i = order[k];
                if (heap.full() && bounds[i] < heap.floor()) {
                    break;
                }
                if (heap.full() && required > 1 && Scoring.total(Scoring.skillFit(present[i], required),
                        closenessBounds[i], 1.0, 1.0) < heap.floor()) {
                    continue;
                }
                visit(candidates[i].postings, closenessBounds[i], true);
            }
        }

        /**
         * Merges the postings of the requested skills and scores candidates whose bound reaches the floor. When the
         * floor demands at least {@code c} of the bucket's {@code m} lists, a candidate that ranks must be in one of
         * the {@code m - c + 1} shortest lists: only those are walked, the longer ones are probed.
         */
        private void visit(Postings postings, double closenessBound, boolean skipNear) {
            int[][] lists = postings.lists(skills);
            int m = 0;
            for (int[] l : lists) {
                if (l != null) {
                    lists[m++] = l;
                }
            }
            if (m == 0) {
                return;
            }
            int needed = 1;
            if (heap.full() && required > 1) {
                while (needed <= m
                        && Scoring.total(Scoring.skillFit(needed, required), closenessBound, 1.0, 1.0) < heap.floor()) {
                    needed++;
                }
                if (needed > m) {
                    return;
                }
            }
            if (m == 1) {
                for (int slot : lists[0]) {
                    consider(slot, 1, closenessBound, skipNear);
                }
                return;
            }
            int[][] present = Arrays.copyOf(lists, m);
            for (int a = 1; a < m; a++) {
                int[] l = present[a];
                int b = a - 1;
                while (b >= 0 && present[b].length > l.length) {
                    present[b + 1] = present[b];
                    b--;
                }
                present[b + 1] = l;
            }
            int walked = m - needed + 1;
            int[] pos = new int[walked];
            while (true) {
                int min = Integer.MAX_VALUE;
                for (int j = 0; j < walked; j++) {
                    if (pos[j] < present[j].length && present[j][pos[j]] < min) {
                        min = present[j][pos[j]];
                    }
                }
                if (min == Integer.MAX_VALUE) {
                    return;
                }
                int count = 0;
                for (int j = 0; j < walked; j++) {
                    if (pos[j] < present[j].length && present[j][pos[j]] == min) {
                        count++;
                        pos[j]++;
                    }
                }
                for (int j = walked; j < m; j++) {
                    if (Arrays.binarySearch(present[j], min) >= 0) {
                        count++;
                    }
                }
                consider(min, count, closenessBound, skipNear);
            }
        }

        private void consider(int slot, int count, double closenessBound, boolean skipNear) {
            if (skipNear && near[unitOf[slot]]) {
                return;
            }
            if (admittedUnit != null && !admittedUnit[unitOf[slot]] || excluded.get(slot)) {
                return;
            }
            double skillFit = Scoring.skillFit(required == 0 ? 0 : count, required);
            if (heap.full()) {
                double bound = Scoring.total(skillFit, closenessBound, 1.0, fairness(slot));
                if (bound < heap.floor()) {
                    return;
                }
            }
            heap.offer(score(slot, skillFit), slot);
        }

        private double score(int slot, double skillFit) {
            return Scoring.total(skillFit, proximity(slot), availability(slot), fairness(slot));
        }

        private double fairness(int slot) {
            if (loadOf == null) {
                return IndexedMatcher.this.fairness[slot];
            }
            Double known = fairnessOf.get(slot);
            if (known == null) {
                known = Scoring.fairness(loadOf.applyAsInt(new UUID(msb[slot], lsb[slot])));
                fairnessOf.put(slot, known);
            }
            return known;
        }

        private double proximity(int slot) {
            double unitCloseness;
            int u = unitOf[slot];
            if (u == ownUnit) {
                unitCloseness = ownGrid >= 0 && gridOf[slot] == ownGrid ? 1.0 : Scoring.SAME_UNIT;
            } else {
                unitCloseness = closeness[u];
            }
            double byDistance = 0;
            if (hasPlace && hasPoint[slot]) {
                byDistance = Scoring.closenessByDistance(Scoring.distanceKm(reqLat, reqLon, scale, lat[slot],
                        lon[slot]));
            }
            return Math.max(unitCloseness, byDistance);
        }

        private double availability(int slot) {
            return timed ? Scoring.coverage(windowData, windowStart[slot], windowStart[slot + 1], slotStart,
                    slotMinutes) : 1.0;
        }

        private int matchedSkills(int slot) {
            if (required == 0) {
                return 0;
            }
            Postings p = byUnit[unitOf[slot]];
            int count = 0;
            for (int[] l : p.lists(skills)) {
                if (l != null && Arrays.binarySearch(l, slot) >= 0) {
                    count++;
                }
            }
            return count;
        }

        private Match match(int slot, int count) {
            double skillFit = Scoring.skillFit(count, required);
            double proximity = proximity(slot);
            double availability = availability(slot);
            return new Match(new UUID(msb[slot], lsb[slot]),
                    Scoring.total(skillFit, proximity, availability, fairness(slot)), skillFit, proximity,
                    availability, fairness(slot));
        }
    }

    /** Postings of one unit or bucket: ascending slot lists per skill id (sorted). */
    private record Postings(int[] skillIds, int[][] lists) {

        /** Postings per group from sorted-in-place entries {@code (group * lists + skill) << 32 | slot}. */
        static Postings[] group(long[] entries, int lists, int groups) {
            Arrays.sort(entries);
            Postings[] out = new Postings[groups];
            int i = 0;
            while (i < entries.length) {
                int group = (int) ((entries[i] >>> 32) / lists);
                int j = i;
                int distinct = 0;
                while (j < entries.length && (int) ((entries[j] >>> 32) / lists) == group) {
                    int k = j;
                    while (k < entries.length && entries[k] >>> 32 == entries[j] >>> 32) {
                        k++;
                    }
                    distinct++;
                    j = k;
                }
                int[] ids = new int[distinct];
                int[][] slots = new int[distinct][];
                int d = 0;
                int k = i;
                while (k < j) {
                    long key = entries[k] >>> 32;
                    int end = k;
                    while (end < j && entries[end] >>> 32 == key) {
                        end++;
                    }
                    ids[d] = (int) (key % lists);
                    int[] list = new int[end - k];
                    for (int x = k; x < end; x++) {
                        list[x - k] = (int) entries[x];
                    }
                    slots[d++] = list;
                    k = end;
                }
                out[group] = new Postings(ids, slots);
                i = j;
            }
            return out;
        }

        /** The lists of the given skills (null where absent), in the given order. */
        int[][] lists(int[] skills) {
            int[][] out = new int[skills.length][];
            for (int j = 0; j < skills.length; j++) {
                int at = Arrays.binarySearch(skillIds, skills[j]);
                out[j] = at >= 0 ? lists[at] : null;
            }
            return out;
        }

        int count(int[] skills) {
            int n = 0;
            for (int s : skills) {
                if (Arrays.binarySearch(skillIds, s) >= 0) {
                    n++;
                }
            }
            return n;
        }
    }

    /** A spatial cell (box = minLat, maxLat, minLon, maxLon of its points) or the bucket without a place (null box). */
    private record Bucket(double[] box, Postings postings) {
    }

    @Override
    public String toString() {
        return "IndexedMatcher[" + size + " candidates, " + skillIds.size() + " skills, " + unitIds.size()
                + " units, " + buckets.length + " buckets]";
    }

    Optional<Integer> skillId(String skill) {
        return Optional.ofNullable(skillIds.get(skill));
    }
}
