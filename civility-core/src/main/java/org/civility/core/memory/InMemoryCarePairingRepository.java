package org.civility.core.memory;

import org.civility.core.assistance.CarePairing;
import org.civility.core.assistance.CarePairingId;
import org.civility.core.assistance.CarePairingRepository;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Care pairings in memory, as snapshots: thread-safe; what callers hold never changes what is stored. */
public final class InMemoryCarePairingRepository implements CarePairingRepository {

    private static final Comparator<CarePairing> BY_ID = Comparator.comparing(p -> p.id().value().toString());

    private final Map<CarePairingId, CarePairing> byId = new HashMap<>();

    @Override
    public synchronized Optional<CarePairing> find(CarePairingId id) {
        return Optional.ofNullable(byId.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized CarePairing store(CarePairing pairing) {
        requireNonNull(pairing, "pairing");
        CarePairing current = byId.get(pairing.id());
        long storedVersion = current == null ? 0 : current.version();
        if (pairing.version() != storedVersion) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "care pairing", "id", pairing.id(),
                    "expected", pairing.version(), "actual", storedVersion);
        }
        CarePairing stored = copy(pairing, storedVersion + 1);
        byId.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized List<CarePairing> byRecipient(CareRecipientId recipient) {
        return byId.values().stream().filter(p -> p.recipient().equals(recipient))
                .sorted(Comparator.comparing(CarePairing::startedOn).thenComparing(BY_ID))
                .map(p -> copy(p, p.version())).toList();
    }

    @Override
    public synchronized Page<CarePairing> activeOn(LocalDate date, PageRequest page) {
        return Page.of(byId.values().stream().filter(p -> p.isActiveOn(date)).sorted(BY_ID)
                .map(p -> copy(p, p.version())).toList(), page);
    }

    private static CarePairing copy(CarePairing p, long version) {
        return CarePairing.restore(p.id(), p.recipient(), p.unit(), p.category(), p.volunteers(),
                p.visitIntervalDays(), p.startedOn(), p.endedOn(), p.visits(), version);
    }
}
