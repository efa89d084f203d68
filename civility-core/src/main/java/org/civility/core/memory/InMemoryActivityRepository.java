package org.civility.core.memory;

import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.HeldCount;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import org.civility.core.organisation.UnitInstant;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/** Activities in memory, as snapshots: thread-safe; what callers hold never changes what is stored. */
public final class InMemoryActivityRepository implements ActivityRepository {

    private static final Comparator<Activity> ORDER = Comparator.comparing((Activity a) -> a.schedule().start())
            .thenComparing(a -> a.id().value().toString());

    private final Map<ActivityId, Activity> byId = new HashMap<>();

    @Override
    public synchronized Optional<Activity> find(ActivityId id) {
        return Optional.ofNullable(byId.get(id)).map(a -> copy(a, a.version()));
    }

    @Override
    public synchronized Activity store(Activity activity) {
        requireNonNull(activity, "activity");
        Activity current = byId.get(activity.id());
        long storedVersion = current == null ? 0 : current.version();
        if (activity.version() != storedVersion) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "activity", "id", activity.id(),
                    "expected", activity.version(), "actual", storedVersion);
        }
        Activity stored = copy(activity, storedVersion + 1);
        byId.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Activity> byUnit(UnitId unit, Optional<PracticeForm> form, PageRequest page) {
        return Page.of(byId.values().stream()
                .filter(a -> a.unit().equals(unit))
                .filter(a -> form.map(f -> a.form() == f).orElse(true))
                .sorted(ORDER).map(a -> copy(a, a.version())).toList(), page);
    }

    @Override
    public synchronized List<Activity> heldByUnitBetween(UnitId unit, Instant from, Instant to, PracticeForm form) {
        return byId.values().stream()
                .filter(a -> a.unit().equals(unit) && a.form() == form && a.status() == ActivityStatus.HELD)
                .filter(a -> !a.schedule().start().isBefore(from) && a.schedule().start().isBefore(to))
                .sorted(ORDER).map(a -> copy(a, a.version())).toList();
    }

    @Override
    public synchronized List<HeldCount> heldCounts(Collection<UnitId> units, Instant from, Instant to) {
        Map<UnitId, Map<PracticeForm, Integer>> counts = new HashMap<>();
        held(units, from, to).forEach(a -> counts.computeIfAbsent(a.unit(), u -> new EnumMap<>(PracticeForm.class))
                .merge(a.form(), 1, Integer::sum));
        return counts.entrySet().stream().flatMap(u -> u.getValue().entrySet().stream()
                .map(f -> new HeldCount(u.getKey(), f.getKey(), f.getValue()))).toList();
    }

    @Override
    public synchronized Map<Theme, Integer> heldThemeCounts(Collection<UnitId> units, Instant from, Instant to) {
        Map<Theme, Integer> counts = new EnumMap<>(Theme.class);
        held(units, from, to).forEach(a -> a.themes().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts;
    }

    @Override
    public synchronized List<UnitInstant> heldStarts(Collection<UnitId> units, PracticeForm form, Instant from,
                                                     Instant to) {
        requireNonNull(form, "form");
        return held(units, from, to).filter(a -> a.form() == form)
                .map(a -> new UnitInstant(a.unit(), a.schedule().start()))
                .sorted(Comparator.comparing(UnitInstant::at).thenComparing(u -> u.unit().toString())).toList();
    }

    private Stream<Activity> held(Collection<UnitId> units, Instant from, Instant to) {
        Set<UnitId> wanted = Set.copyOf(units);
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        return byId.values().stream()
                .filter(a -> wanted.contains(a.unit()) && a.status() == ActivityStatus.HELD)
                .filter(a -> !a.schedule().start().isBefore(from) && a.schedule().start().isBefore(to));
    }

    @Override
    public synchronized Page<Activity> plannedEndingAfter(UnitId unit, Instant at, PageRequest page) {
        return Page.of(byId.values().stream()
                .filter(a -> a.unit().equals(unit) && a.status() == ActivityStatus.PLANNED)
                .filter(a -> a.schedule().end().isAfter(at))
                .sorted(ORDER).map(a -> copy(a, a.version())).toList(), page);
    }

    private static Activity copy(Activity a, long version) {
        return Activity.restore(a.id(), a.unit(), a.form(), a.themes(), a.title(), a.description(), a.schedule(),
                a.booking(), a.capacity(), a.plannedAt(), a.status(), a.signUps(), version);
    }
}
