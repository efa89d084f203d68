package org.civility.core.contract;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.civility.core.organisation.UnitId;
import org.civility.core.record.CheckInCode;
import org.civility.core.record.CheckInCodeId;
import org.civility.core.record.CheckInCodeRepository;
import org.civility.core.record.CodeCheckIn;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.RecordFixtures.aCode;
import static org.civility.core.fixtures.RecordFixtures.aLinkToken;

/**
 * What every {@link CheckInCodeRepository} must do. The store is never assumed empty: each test draws digits no
 * stored code has.
 */
public abstract class CheckInCodeRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-08-01T02:00:00Z");

    protected abstract CheckInCodeRepository repository();

    /** A fresh unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    /** Random digits no stored code has. */
    private String freshDigits() {
        String digits;
        do {
            digits = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        } while (repository().latestWithCode(digits).isPresent());
        return digits;
    }

    private static VolunteerId aVolunteer() {
        return new VolunteerId(UUID.randomUUID());
    }

    @Test
    void storesAndFindsEveryField() {
        UnitId unit = aUnit();
        UUID activity = UUID.randomUUID();
        String digits = freshDigits();
        String token = aLinkToken();
        CheckInCode code = CheckInCode.restore(new CheckInCodeId(UUID.randomUUID()), unit, Optional.of(activity),
                "敬老院义诊", "幸福村敬老院", T0, T0.plusSeconds(7200), T0.minusSeconds(1800), T0.plusSeconds(9000),
                digits, token, 1, "李站长", T0.minusSeconds(86_400), 0);

        CheckInCode stored = repository().store(code);
        CheckInCode found = repository().find(code.id()).orElseThrow();

        assertThat(stored.version()).isEqualTo(1);
        assertThat(found.id()).isEqualTo(code.id());
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.activity()).contains(activity);
        assertThat(found.description()).isEqualTo("敬老院义诊");
        assertThat(found.where()).isEqualTo("幸福村敬老院");
        assertThat(found.scheduledStart()).isEqualTo(T0);
        assertThat(found.scheduledEnd()).isEqualTo(T0.plusSeconds(7200));
        assertThat(found.checkInFrom()).isEqualTo(T0.minusSeconds(1800));
        assertThat(found.checkOutUntil()).isEqualTo(T0.plusSeconds(9000));
        assertThat(found.code()).isEqualTo(digits);
        assertThat(found.linkToken()).isEqualTo(token);
        assertThat(found.issue()).isEqualTo(1);
        assertThat(found.openedBy()).isEqualTo("李站长");
        assertThat(found.openedAt()).isEqualTo(T0.minusSeconds(86_400));
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void keepsAnActivitylessCodeWithoutPlace() {
        CheckInCode code = CheckInCode.restore(new CheckInCodeId(UUID.randomUUID()), aUnit(), Optional.empty(),
                "文明劝导", "", T0, T0.plusSeconds(3600), T0, T0.plusSeconds(3600), freshDigits(), aLinkToken(), 1, "李站长",
                T0, 0);

        repository().store(code);

        CheckInCode found = repository().find(code.id()).orElseThrow();
        assertThat(found.activity()).isEmpty();
        assertThat(found.where()).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new CheckInCodeId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void rejectsAStaleVersion() {
        CheckInCode code = aCode(aUnit(), freshDigits(), 1, T0);
        repository().store(code);

        assertThatThrownBy(() -> repository().store(code))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void findsTheLatestIssueOfTheDigits() {
        String digits = freshDigits();
        UnitId unit = aUnit();
        repository().store(aCode(unit, digits, 1, T0));
        CheckInCode second = repository().store(aCode(unit, digits, 2, T0.plusSeconds(86_400)));

        assertThat(repository().latestWithCode(digits)).map(CheckInCode::id).contains(second.id());
        assertThat(repository().latestWithCode(freshDigits())).isEmpty();
    }

    @Test
    void rejectsASecondCodeOfTheSameDigitsAndIssue() {
        String digits = freshDigits();
        repository().store(aCode(aUnit(), digits, 1, T0));

        assertThatThrownBy(() -> repository().store(aCode(aUnit(), digits, 1, T0)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECORD-CODE-TAKEN"));
    }

    @Test
    void findsACodeByItsLinkToken() {
        String token = aLinkToken();
        CheckInCode code = repository().store(aCode(aUnit(), freshDigits(), token, 1, T0));
        repository().store(aCode(aUnit(), freshDigits(), 1, T0));

        assertThat(repository().findByLinkToken(token)).map(CheckInCode::id).contains(code.id());
        assertThat(repository().findByLinkToken(aLinkToken())).isEmpty();
    }

    @Test
    void findsNoCodeByATokenDifferingOnlyInCase() {
        String token = "Ab" + aLinkToken().substring(2);
        repository().store(aCode(aUnit(), freshDigits(), token, 1, T0));

        assertThat(repository().findByLinkToken("aB" + token.substring(2))).isEmpty();
    }

    @Test
    void rejectsASecondCodeWithTheSameLinkToken() {
        String token = aLinkToken();
        repository().store(aCode(aUnit(), freshDigits(), token, 1, T0));

        assertThatThrownBy(() -> repository().store(aCode(aUnit(), freshDigits(), token, 1, T0)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECORD-CODE-TAKEN"));
    }

    @Test
    void recordsCheckInsOncePerVolunteer() {
        CheckInCode code = repository().store(aCode(aUnit(), freshDigits(), 1, T0));
        VolunteerId zhang = aVolunteer();
        VolunteerId li = aVolunteer();
        CodeCheckIn late = new CodeCheckIn(code.id(), zhang, new ServiceRecordId(UUID.randomUUID()),
                T0.plusSeconds(600));
        CodeCheckIn early = new CodeCheckIn(code.id(), li, new ServiceRecordId(UUID.randomUUID()),
                T0.minusSeconds(600));

        repository().recordCheckIn(late);
        repository().recordCheckIn(early);

        assertThat(repository().checkInOf(code.id(), zhang)).contains(late);
        assertThat(repository().checkInOf(code.id(), aVolunteer())).isEmpty();
        assertThat(repository().checkIns(code.id())).containsExactly(early, late);
        assertThatThrownBy(() -> repository().recordCheckIn(new CodeCheckIn(code.id(), zhang,
                new ServiceRecordId(UUID.randomUUID()), T0.plusSeconds(900))))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECORD-CODE-ALREADY-USED"));
        assertThat(repository().checkIns(code.id())).containsExactly(early, late);
    }

    @Test
    void keepsCheckInsOfOneCodeApartFromAnother() {
        UnitId unit = aUnit();
        CheckInCode first = repository().store(aCode(unit, freshDigits(), 1, T0));
        CheckInCode second = repository().store(aCode(unit, freshDigits(), 1, T0));
        VolunteerId zhang = aVolunteer();
        CodeCheckIn withFirst = new CodeCheckIn(first.id(), zhang, new ServiceRecordId(UUID.randomUUID()), T0);

        repository().recordCheckIn(withFirst);

        assertThat(repository().checkInOf(second.id(), zhang)).isEmpty();
        assertThat(repository().checkIns(second.id())).isEmpty();
        assertThat(repository().checkIns(first.id())).containsExactly(withFirst);
    }
}
