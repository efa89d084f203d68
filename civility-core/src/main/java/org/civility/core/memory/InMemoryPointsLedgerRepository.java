package org.civility.core.memory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civility.core.recognition.EntryKind;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.core.recognition.RecognitionError;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

/** An in-memory, thread-safe points ledger. Entries are immutable records, so no copying is needed. */
public final class InMemoryPointsLedgerRepository implements PointsLedgerRepository {

    private static final Comparator<PointsEntry> ORDER =
            Comparator.comparing(PointsEntry::at).thenComparing(e -> e.id().toString());

    private final List<PointsEntry> entries = new ArrayList<>();

    @Override
    public synchronized PointsEntry append(PointsEntry entry) {
        requireNonNull(entry, "entry");
        if (entry.kind() == EntryKind.REDEMPTION) {
            Optional<PointsEntry> first = findRedemption(entry.volunteer(), entry.requestId());
            if (first.isPresent()) {
                throw CivilityException.of(RecognitionError.REQUEST_REUSED, "requestId", entry.requestId(),
                        "goods", first.get().goods(), "cost", first.get().points());
            }
        }
        if (entry.recordId() != null && hasCredit(entry.recordId())) {
            throw CivilityException.of(RecognitionError.ALREADY_CREDITED, "recordId",
                    entry.recordId().toString());
        }
        if (entry.kind() != EntryKind.CREDIT && balance(entry.volunteer()) < entry.points()) {
            throw CivilityException.of(RecognitionError.INSUFFICIENT_POINTS, "volunteer", entry.volunteer().toString(),
                    "balance", balance(entry.volunteer()), "cost", entry.points());
        }
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized List<PointsEntry> entries(VolunteerId volunteer) {
        return entries.stream().filter(e -> e.volunteer().equals(volunteer)).sorted(ORDER).toList();
    }

    @Override
    public synchronized long balance(VolunteerId volunteer) {
        return entries.stream().filter(e -> e.volunteer().equals(volunteer)).mapToLong(PointsEntry::signedPoints).sum();
    }

    @Override
    public synchronized Optional<PointsEntry> findRedemption(VolunteerId volunteer, String requestId) {
        return entries.stream().filter(e -> e.kind() == EntryKind.REDEMPTION && e.volunteer().equals(volunteer)
                && e.requestId().equals(requestId)).findFirst();
    }

    @Override
    public synchronized boolean hasCredit(UUID recordId) {
        return entries.stream().anyMatch(e -> recordId.equals(e.recordId()));
    }
}
