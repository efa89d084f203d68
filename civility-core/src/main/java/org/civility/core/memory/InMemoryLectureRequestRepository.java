package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.lecture.LectureRequest;
import org.civility.core.lecture.LectureRequestId;
import org.civility.core.lecture.LectureRequestRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Lecture requests in memory, as snapshots. Thread-safe. */
public final class InMemoryLectureRequestRepository implements LectureRequestRepository {

    private static final Comparator<LectureRequest> BY_FILED_THEN_ID =
            Comparator.comparing(LectureRequest::filedAt).thenComparing(r -> r.id().toString());

    private final Map<LectureRequestId, LectureRequest> requests = new HashMap<>();

    @Override
    public synchronized Optional<LectureRequest> find(LectureRequestId id) {
        return Optional.ofNullable(requests.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized LectureRequest store(LectureRequest request) {
        LectureRequest current = requests.get(request.id());
        long actual = current == null ? 0 : current.version();
        if (request.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "lectureRequest", "id", request.id(),
                    "expected", request.version(), "actual", actual);
        }
        LectureRequest stored = copy(request, actual + 1);
        requests.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<LectureRequest> byUnit(UnitId unit, PageRequest page) {
        return Page.of(requests.values().stream().filter(r -> r.unit().equals(unit)).sorted(BY_FILED_THEN_ID)
                .map(r -> copy(r, r.version())).toList(), page);
    }

    private static LectureRequest copy(LectureRequest r, long version) {
        return LectureRequest.restore(r.id(), r.unit(), r.topic(), r.reason(), r.filedBy(), r.filedAt(), r.status(),
                r.adoptedIn(), version);
    }
}
