package org.civility.core.contract;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.lecture.LectureRequest;
import org.civility.core.lecture.LectureRequestId;
import org.civility.core.lecture.LectureRequestRepository;
import org.civility.core.lecture.LectureRequestStatus;
import org.civility.core.lecture.StudyPlanId;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link LectureRequestRepository} must do; each test works under a unit of its own. */
public abstract class LectureRequestRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

    protected abstract LectureRequestRepository repository();

    /** A fresh unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    /** A plan id a request may be adopted in; override to create the plan's row first. */
    protected StudyPlanId aPlanAt(UnitId unit) {
        return new StudyPlanId(UUID.randomUUID());
    }

    private static LectureRequest request(UnitId unit, String topic, Instant at) {
        return LectureRequest.file(new LectureRequestId(UUID.randomUUID()), unit, topic, "想听", "resident", at);
    }

    @Test
    void storesAndFindsEveryFieldAndTheAdoption() {
        UnitId unit = aUnit();
        LectureRequest stored = repository().store(request(unit, "防电信诈骗", T0));
        LectureRequest found = repository().find(stored.id()).orElseThrow();
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.topic()).isEqualTo("防电信诈骗");
        assertThat(found.reason()).isEqualTo("想听");
        assertThat(found.filedBy()).isEqualTo("resident");
        assertThat(found.filedAt()).isEqualTo(T0);
        assertThat(found.status()).isEqualTo(LectureRequestStatus.OPEN);
        assertThat(found.adoptedIn()).isEmpty();
        assertThat(found.version()).isEqualTo(1);

        StudyPlanId plan = aPlanAt(unit);
        found.adoptIn(plan);
        LectureRequest updated = repository().store(found);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(repository().find(stored.id()).orElseThrow().adoptedIn()).contains(plan);
        assertThatThrownBy(() -> repository().store(stored))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(new LectureRequestId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void listsTheRequestsOfAUnitByFilingTimeInPages() {
        UnitId unit = aUnit();
        LectureRequest second = repository().store(request(unit, "b", T0.plusSeconds(60)));
        LectureRequest first = repository().store(request(unit, "a", T0));
        repository().store(request(aUnit(), "other", T0));

        Page<LectureRequest> page1 = repository().byUnit(unit, new PageRequest(0, 1));
        Page<LectureRequest> page2 = repository().byUnit(unit, new PageRequest(1, 1));

        assertThat(page1.items()).extracting(LectureRequest::id).containsExactly(first.id());
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.items()).extracting(LectureRequest::id).containsExactly(second.id());
        assertThat(page2.hasMore()).isFalse();
        assertThat(Optional.of(page2)).isPresent();
    }
}
