package org.civility.core.memory;

import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Activity records in memory, as snapshots: thread-safe; what callers hold never changes what is stored. */
public final class InMemoryActivityRecordRepository implements ActivityRecordRepository {

    private static final Comparator<ActivityRecord> ORDER = Comparator
            .comparing((ActivityRecord r) -> r.schedule().start())
            .thenComparing(r -> r.activity().value().toString());

    private final Map<ActivityId, ActivityRecord> byActivity = new HashMap<>();

    @Override
    public synchronized Optional<ActivityRecord> find(ActivityId activity) {
        requireNonNull(activity, "activity");
        return Optional.ofNullable(byActivity.get(activity)).map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized ActivityRecord store(ActivityRecord record) {
        requireNonNull(record, "record");
        ActivityRecord current = byActivity.get(record.activity());
        long storedVersion = current == null ? 0 : current.version();
        if (record.version() != storedVersion) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "activity-record", "id", record.activity(),
                    "expected", record.version(), "actual", storedVersion);
        }
        ActivityRecord stored = copy(record, storedVersion + 1);
        byActivity.put(stored.activity(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized List<ActivityRecord> byUnitBetween(UnitId unit, Instant from, Instant to) {
        return between(unit, from, to).stream().map(r -> copy(r, r.version())).toList();
    }

    @Override
    public synchronized int countComplete(UnitId unit, Instant from, Instant to) {
        return (int) between(unit, from, to).stream().filter(ActivityRecord::complete).count();
    }

    private List<ActivityRecord> between(UnitId unit, Instant from, Instant to) {
        requireNonNull(unit, "unit");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        return byActivity.values().stream()
                .filter(r -> r.unit().equals(unit))
                .filter(r -> !r.schedule().start().isBefore(from) && r.schedule().start().isBefore(to))
                .sorted(ORDER).toList();
    }

    private static ActivityRecord copy(ActivityRecord r, long version) {
        return ActivityRecord.restore(r.activity(), r.unit(), r.form(), r.title(), r.schedule(), r.checkedIn(),
                r.addedByHand(), r.summary(), r.photos(), r.keptAt(), r.keptBy(), version);
    }
}
