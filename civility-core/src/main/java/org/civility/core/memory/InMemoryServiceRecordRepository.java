package org.civility.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceTotal;
import org.civility.core.record.UnitService;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;

/** Service records in memory: thread-safe and append-only (entries are immutable, so no copies are needed). */
public final class InMemoryServiceRecordRepository implements ServiceRecordRepository {

    private static final Comparator<ServiceRecord> BY_START_THEN_ID =
            Comparator.comparing(ServiceRecord::start).thenComparing(e -> e.id().toString());

    private final Map<ServiceRecordId, ServiceRecord> entries = new LinkedHashMap<>();

    @Override
    public synchronized ServiceRecord append(ServiceRecord entry) {
        long next = lastOf(entry.unit()).map(ServiceRecord::sequence).orElse(0L) + 1;
        if (entry.sequence() != next || entries.containsKey(entry.id())) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "service-record-chain", "id", entry.unit(),
                    "expected", entry.sequence(), "actual", next);
        }
        entries.put(entry.id(), entry);
        return entry;
    }

    @Override
    public synchronized Optional<ServiceRecord> find(ServiceRecordId id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public synchronized Page<ServiceRecord> byVolunteer(VolunteerId volunteer, PageRequest page) {
        return Page.of(entries.values().stream()
                .filter(e -> e.volunteer().equals(volunteer))
                .sorted(Comparator.comparing(ServiceRecord::start).reversed()
                        .thenComparing(e -> e.id().toString()))
                .toList(), page);
    }

    @Override
    public synchronized List<ServiceRecord> chain(UnitId unit) {
        return entries.values().stream().filter(e -> e.unit().equals(unit))
                .sorted(Comparator.comparingLong(ServiceRecord::sequence)).toList();
    }

    @Override
    public synchronized List<UnitId> chainedUnits() {
        return entries.values().stream().map(ServiceRecord::unit).distinct().toList();
    }

    @Override
    public synchronized Optional<ServiceRecord> lastOf(UnitId unit) {
        return entries.values().stream().filter(e -> e.unit().equals(unit))
                .max(Comparator.comparingLong(ServiceRecord::sequence));
    }

    @Override
    public synchronized Optional<ServiceRecord> correctionOf(ServiceRecordId id) {
        return entries.values().stream().filter(e -> e.corrects().map(id::equals).orElse(false)).findFirst();
    }

    @Override
    public synchronized List<ServiceRecord> overlapping(VolunteerId volunteer, Instant from, Instant to) {
        return effective().stream()
                .filter(e -> e.volunteer().equals(volunteer) && e.overlaps(from, to))
                .sorted(BY_START_THEN_ID).toList();
    }

    @Override
    public synchronized List<ServiceRecord> openEndedBefore(Instant instant) {
        return effective().stream()
                .filter(e -> e.isOpen() && e.scheduledEnd().map(s -> s.isBefore(instant)).orElse(false))
                .sorted(Comparator.comparing((ServiceRecord e) -> e.scheduledEnd().orElseThrow())
                        .thenComparing(e -> e.id().toString()))
                .toList();
    }

    @Override
    public synchronized List<ServiceRecord> effectiveOf(UnitId unit, VolunteerId volunteer) {
        return effective().stream()
                .filter(e -> e.unit().equals(unit) && e.volunteer().equals(volunteer))
                .sorted(BY_START_THEN_ID).toList();
    }

    @Override
    public synchronized List<ServiceRecord> effectiveOfActivities(Collection<UUID> activities) {
        Set<UUID> wanted = Set.copyOf(activities);
        return effective().stream()
                .filter(e -> e.activity().filter(wanted::contains).isPresent())
                .sorted(BY_START_THEN_ID).toList();
    }

    @Override
    public synchronized List<ServiceRecord> chainAfter(UnitId unit, long afterSequence, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1: " + limit);
        }
        return entries.values().stream().filter(e -> e.unit().equals(unit) && e.sequence() > afterSequence)
                .sorted(Comparator.comparingLong(ServiceRecord::sequence)).limit(limit).toList();
    }

    @Override
    public synchronized List<ServiceRecord> effectiveStartingBetween(Collection<UnitId> units, Instant from,
                                                                     Instant to, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1: " + limit);
        }
        Set<UnitId> wanted = Set.copyOf(units);
        Set<ServiceRecordId> corrected = new HashSet<>();
        entries.values().forEach(e -> e.corrects().ifPresent(corrected::add));
        return entries.values().stream()
                .filter(e -> wanted.contains(e.unit()) && !corrected.contains(e.id()))
                .filter(e -> !e.start().isBefore(from) && e.start().isBefore(to))
                .sorted(Comparator.comparing(ServiceRecord::start).thenComparing(e -> e.unit().toString())
                        .thenComparingLong(ServiceRecord::sequence))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<UnitService> serviceByUnit(Collection<UnitId> units, Instant from, Instant to) {
        Map<UnitId, long[]> sums = new LinkedHashMap<>();
        served(units, from, to).forEach(e -> {
            long[] sum = sums.computeIfAbsent(e.unit(), u -> new long[2]);
            sum[0] += e.minutes();
            sum[1]++;
        });
        return sums.entrySet().stream().map(s -> new UnitService(s.getKey(), s.getValue()[0], (int) s.getValue()[1]))
                .toList();
    }

    @Override
    public synchronized ServiceTotal serviceTotal(Collection<UnitId> units, Instant from, Instant to) {
        List<ServiceRecord> served = served(units, from, to);
        return new ServiceTotal(served.stream().mapToLong(ServiceRecord::minutes).sum(),
                (int) served.stream().map(ServiceRecord::volunteer).distinct().count(), served.size());
    }

    /** Effective entries with minutes of {@code units} starting in [from, to). */
    private List<ServiceRecord> served(Collection<UnitId> units, Instant from, Instant to) {
        Set<UnitId> wanted = Set.copyOf(units);
        Set<ServiceRecordId> corrected = new HashSet<>();
        entries.values().forEach(e -> e.corrects().ifPresent(corrected::add));
        return entries.values().stream()
                .filter(e -> wanted.contains(e.unit()) && e.minutes() > 0 && !corrected.contains(e.id()))
                .filter(e -> !e.start().isBefore(from) && e.start().isBefore(to))
                .toList();
    }

    private List<ServiceRecord> effective() {
        List<ServiceRecord> result = new ArrayList<>(entries.values());
        entries.values().forEach(e -> e.corrects().ifPresent(c -> result.removeIf(r -> r.id().equals(c))));
        return result;
    }
}
