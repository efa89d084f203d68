package org.civility.core.record;

import org.civility.core.access.Role;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.StaffAlert;
import org.civility.core.organisation.UnitId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What the scheduled verification of R-REC-1 found (DOMAIN §6a): which units' chains are broken now, for a health
 * check, and an alert to the {@link Role#HEAD head} of each unit whose chain broke, sent once per break (again only
 * after the chain verified in between), and again on the next run if the notifier failed. Thread-safe; one per
 * installation.
 */
public final class ChainWatch {

    private final Notifier notifier;
    private final Map<UnitId, HashChainVerifier.Verification> broken = new LinkedHashMap<>();
    private final Set<UnitId> alerted = new HashSet<>();
    private Instant lastRun;

    public ChainWatch(Notifier notifier) {
        this.notifier = requireNonNull(notifier, "notifier");
    }

    /** What one run found, and the units whose heads could not be alerted this time. */
    public record Observation(Map<UnitId, HashChainVerifier.Verification> broken, List<UnitId> alertedNow,
                              List<UnitId> alertFailed) {
    }

    /**
     * Takes the verification of every chain ({@link ServiceRecordService#verifyAll()}) made at {@code at}, and
     * alerts the heads of the units newly found broken.
     */
    public Observation observe(Map<UnitId, HashChainVerifier.Verification> results, Instant at) {
        requireNonNull(results, "results");
        requireNonNull(at, "at");
        List<StaffAlert> toSend = new ArrayList<>();
        synchronized (this) {
            broken.clear();
            results.forEach((unit, v) -> {
                if (!v.ok()) {
                    broken.put(unit, v);
                }
            });
            alerted.retainAll(broken.keySet());
            broken.forEach((unit, v) -> {
                if (!alerted.contains(unit)) {
                    toSend.add(new StaffAlert(unit, Role.HEAD, RecordError.CHAIN_BROKEN.code(), Map.of("unit", unit,
                            "firstBroken", v.firstBroken().orElse(0), "reason",
                            v.reason().map(Enum::name).orElse(""))));
                }
            });
            lastRun = at;
        }
        List<UnitId> sent = new ArrayList<>();
        List<UnitId> failed = new ArrayList<>();
        for (StaffAlert alert : toSend) {
            try {
                notifier.alert(alert);
                sent.add(alert.unit());
            } catch (Exception e) {
                failed.add(alert.unit());
            }
        }
        synchronized (this) {
            alerted.addAll(sent);
            return new Observation(Map.copyOf(broken), List.copyOf(sent), List.copyOf(failed));
        }
    }

    /** The units whose chains the last run found broken, with how. */
    public synchronized Map<UnitId, HashChainVerifier.Verification> broken() {
        return Map.copyOf(broken);
    }

    /** When the last run was, if any. */
    public synchronized Optional<Instant> lastRun() {
        return Optional.ofNullable(lastRun);
    }
}
