package org.civility.core.memory;

import org.civility.core.assistance.CareRecipient;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Care recipients in memory, as snapshots: thread-safe; what callers hold never changes what is stored. */
public final class InMemoryCareRecipientRepository implements CareRecipientRepository {

    private static final Comparator<CareRecipient> ORDER = Comparator.comparing(CareRecipient::registeredAt)
            .thenComparing(r -> r.id().value().toString());

    private final Map<CareRecipientId, CareRecipient> byId = new HashMap<>();

    @Override
    public synchronized Optional<CareRecipient> find(CareRecipientId id) {
        return Optional.ofNullable(byId.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized CareRecipient store(CareRecipient recipient) {
        requireNonNull(recipient, "recipient");
        CareRecipient current = byId.get(recipient.id());
        long storedVersion = current == null ? 0 : current.version();
        if (recipient.version() != storedVersion) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "care recipient", "id", recipient.id(),
                    "expected", recipient.version(), "actual", storedVersion);
        }
        CareRecipient stored = copy(recipient, storedVersion + 1);
        byId.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<CareRecipient> byUnit(UnitId unit, PageRequest page) {
        return Page.of(byId.values().stream().filter(r -> r.unit().equals(unit)).sorted(ORDER)
                .map(r -> copy(r, r.version())).toList(), page);
    }

    private static CareRecipient copy(CareRecipient r, long version) {
        return CareRecipient.restore(r.id(), r.unit(), r.category(), r.name(), r.residentId(), r.birthYear(),
                r.address(), r.phone(), r.needs(), r.guardian(), r.registeredAt(), version);
    }
}
