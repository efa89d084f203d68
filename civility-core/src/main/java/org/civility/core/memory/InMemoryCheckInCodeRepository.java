package org.civility.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civility.core.record.CheckInCode;
import org.civility.core.record.CheckInCodeId;
import org.civility.core.record.CheckInCodeRepository;
import org.civility.core.record.CodeCheckIn;
import org.civility.core.record.RecordError;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/** Check-in codes and their check-ins in memory, as snapshots: thread-safe. */
public final class InMemoryCheckInCodeRepository implements CheckInCodeRepository {

    private final Map<CheckInCodeId, CheckInCode> byId = new HashMap<>();
    private final List<CodeCheckIn> checkIns = new ArrayList<>();

    @Override
    public synchronized Optional<CheckInCode> find(CheckInCodeId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized CheckInCode store(CheckInCode code) {
        requireNonNull(code, "code");
        CheckInCode current = byId.get(code.id());
        long storedVersion = current == null ? 0 : current.version();
        if (code.version() != storedVersion) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "check-in code", "id", code.id(),
                    "expected", code.version(), "actual", storedVersion);
        }
        boolean taken = byId.values().stream().anyMatch(c -> !c.id().equals(code.id())
                && (c.code().equals(code.code()) && c.issue() == code.issue()
                || c.linkToken().equals(code.linkToken())));
        if (taken) {
            throw CivilityException.of(RecordError.CODE_TAKEN, "code", code.code());
        }
        CheckInCode stored = copy(code, storedVersion + 1);
        byId.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<CheckInCode> latestWithCode(String code) {
        requireNonNull(code, "code");
        return byId.values().stream().filter(c -> c.code().equals(code))
                .max(Comparator.comparingLong(CheckInCode::issue));
    }

    @Override
    public synchronized Optional<CheckInCode> findByLinkToken(String linkToken) {
        requireNonNull(linkToken, "linkToken");
        return byId.values().stream().filter(c -> c.linkToken().equals(linkToken)).findFirst();
    }

    @Override
    public synchronized void recordCheckIn(CodeCheckIn checkIn) {
        requireNonNull(checkIn, "checkIn");
        checkInOf(checkIn.code(), checkIn.volunteer()).ifPresent(used -> {
            throw CivilityException.of(RecordError.CODE_ALREADY_USED, "code", checkIn.code(),
                    "volunteer", checkIn.volunteer(), "session", used.session());
        });
        checkIns.add(checkIn);
    }

    @Override
    public synchronized Optional<CodeCheckIn> checkInOf(CheckInCodeId code, VolunteerId volunteer) {
        requireNonNull(code, "code");
        requireNonNull(volunteer, "volunteer");
        return checkIns.stream().filter(c -> c.code().equals(code) && c.volunteer().equals(volunteer)).findFirst();
    }

    @Override
    public synchronized List<CodeCheckIn> checkIns(CheckInCodeId code) {
        requireNonNull(code, "code");
        return checkIns.stream().filter(c -> c.code().equals(code))
                .sorted(Comparator.comparing(CodeCheckIn::at).thenComparing(c -> c.volunteer().toString()))
                .toList();
    }

    private static CheckInCode copy(CheckInCode c, long version) {
        return CheckInCode.restore(c.id(), c.unit(), c.activity(), c.description(), c.where(), c.scheduledStart(),
                c.scheduledEnd(), c.checkInFrom(), c.checkOutUntil(), c.code(), c.linkToken(), c.issue(), c.openedBy(),
                c.openedAt(), version);
    }
}
