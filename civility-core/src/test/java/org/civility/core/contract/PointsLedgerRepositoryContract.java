package org.civility.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.civility.core.organisation.UnitId;
import org.civility.core.recognition.HoursSource;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.PointsEntryId;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.core.recognition.RecognitionError;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** The points ledger contract, run against every store. Fresh ids per test. */
public abstract class PointsLedgerRepositoryContract {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    protected abstract PointsLedgerRepository repository();

    private final VolunteerId volunteer = new VolunteerId(UUID.randomUUID());
    private final UnitId unit = new UnitId(UUID.randomUUID());

    private PointsEntry credit(long points, long minutes, HoursSource source, Instant at) {
        return PointsEntry.credit(new PointsEntryId(UUID.randomUUID()), volunteer, unit, points, minutes, source,
                UUID.randomUUID(), at);
    }

    private PointsEntry redemption(long cost, String requestId, Instant at) {
        return PointsEntry.redemption(new PointsEntryId(UUID.randomUUID()), volunteer, unit, cost, requestId,
                "大米 5kg", at);
    }

    @Test
    void roundTripsEveryFieldOfEveryKindInTimeOrder() {
        PointsEntry credit = credit(3, 185, HoursSource.ADMIN_MAKE_UP, T0);
        PointsEntry redemption = redemption(2, "req-" + UUID.randomUUID(), T0.plusSeconds(60));
        PointsEntry expiry = PointsEntry.expiry(new PointsEntryId(UUID.randomUUID()), volunteer, unit, 1,
                T0.plusSeconds(120));
        repository().append(credit);
        repository().append(redemption);
        repository().append(expiry);

        assertThat(repository().entries(volunteer)).containsExactly(credit, redemption, expiry);
    }

    @Test
    void entriesOfTheSameTimeAreOrderedById() {
        PointsEntry a = credit(1, 60, HoursSource.IMPORT, T0);
        PointsEntry b = credit(1, 60, HoursSource.IMPORT, T0);
        repository().append(a);
        repository().append(b);

        assertThat(repository().entries(volunteer)).extracting(e -> e.id().toString())
                .containsExactly(a.id().toString().compareTo(b.id().toString()) < 0
                        ? new String[] {a.id().toString(), b.id().toString()}
                        : new String[] {b.id().toString(), a.id().toString()});
    }

    @Test
    void balanceIsCreditsMinusDebitsAndZeroForAStranger() {
        repository().append(credit(10, 600, HoursSource.SELF_CHECK_IN, T0));
        repository().append(redemption(4, "r1", T0.plusSeconds(1)));

        assertThat(repository().balance(volunteer)).isEqualTo(6);
        assertThat(repository().balance(new VolunteerId(UUID.randomUUID()))).isZero();
        assertThat(repository().entries(new VolunteerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void findsARedemptionByVolunteerAndRequestId() {
        repository().append(credit(10, 600, HoursSource.SELF_CHECK_IN, T0));
        PointsEntry r = repository().append(redemption(4, "r1", T0.plusSeconds(1)));

        assertThat(repository().findRedemption(volunteer, "r1")).contains(r);
        assertThat(repository().findRedemption(volunteer, "r2")).isEmpty();
        assertThat(repository().findRedemption(new VolunteerId(UUID.randomUUID()), "r1")).isEmpty();
    }

    @Test
    void rejectsASecondRedemptionWithTheSameRequestId() {
        repository().append(credit(10, 600, HoursSource.SELF_CHECK_IN, T0));
        repository().append(redemption(4, "r1", T0.plusSeconds(1)));

        assertThatThrownBy(() -> repository().append(redemption(4, "r1", T0.plusSeconds(2))))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RecognitionError.REQUEST_REUSED));
        assertThat(repository().balance(volunteer)).isEqualTo(6);
    }

    @Test
    void knowsWhichRecordsAreCreditedAndRejectsASecondCredit() {
        PointsEntry credit = repository().append(credit(1, 60, HoursSource.SELF_CHECK_IN, T0));

        assertThat(repository().hasCredit(credit.recordId())).isTrue();
        assertThat(repository().hasCredit(UUID.randomUUID())).isFalse();
        PointsEntry again = PointsEntry.credit(new PointsEntryId(UUID.randomUUID()), volunteer, unit, 1, 60,
                HoursSource.SELF_CHECK_IN, credit.recordId(), T0);
        assertThatThrownBy(() -> repository().append(again))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RecognitionError.ALREADY_CREDITED));
    }

    @Test
    void rejectsADebitBeyondTheBalance() {
        repository().append(credit(3, 180, HoursSource.SELF_CHECK_IN, T0));

        assertThatThrownBy(() -> repository().append(redemption(4, "r1", T0.plusSeconds(1))))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RecognitionError.INSUFFICIENT_POINTS));
        assertThat(repository().balance(volunteer)).isEqualTo(3);
    }

    @Test
    void aCorrectionRoundTripsSubtractsItsPointsAndMarksItsRecordAsCredited() {
        repository().append(credit(3, 180, HoursSource.SELF_CHECK_IN, T0));
        PointsEntry correction = PointsEntry.correction(new PointsEntryId(UUID.randomUUID()), volunteer, unit, 1, 60,
                HoursSource.ADMIN_MAKE_UP, UUID.randomUUID(), T0.plusSeconds(60));
        repository().append(correction);

        assertThat(repository().entries(volunteer)).last().isEqualTo(correction);
        assertThat(repository().balance(volunteer)).isEqualTo(2);
        assertThat(repository().hasCredit(correction.recordId())).isTrue();
        PointsEntry again = PointsEntry.correction(new PointsEntryId(UUID.randomUUID()), volunteer, unit, 0, 30,
                HoursSource.ADMIN_MAKE_UP, correction.recordId(), T0.plusSeconds(90));
        assertThatThrownBy(() -> repository().append(again))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RecognitionError.ALREADY_CREDITED));
    }
}
