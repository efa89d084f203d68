package org.civility.core.contract;

import org.civility.core.assistance.CareCategory;
import org.civility.core.assistance.CareRecipient;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.assistance.Guardian;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AssistanceFixtures.aLeftBehindChild;
import static org.civility.core.fixtures.AssistanceFixtures.anEmptyNestElder;

/**
 * What every {@link CareRecipientRepository} must do. Subclasses provide the repository; the store is
 * never assumed empty, so each test works under a unit of its own.
 */
public abstract class CareRecipientRepositoryContract {

    protected abstract CareRecipientRepository repository();

    /** A fresh unit recipients may belong to; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    @Test
    void storesAndFindsEveryFieldOfAChild() {
        // given
        UnitId unit = aUnit();
        Guardian guardian = new Guardian("张奶奶", PhoneNumber.of("13900001234"), GuardianRelation.GRANDPARENT);
        CareRecipient child = aLeftBehindChild().at(unit).named("张小花").withGuardian(guardian)
                .registeredAt(Instant.parse("2026-03-01T01:02:03Z")).build();

        // when
        repository().store(child);
        CareRecipient found = repository().find(child.id()).orElseThrow();

        // then
        assertThat(found.id()).isEqualTo(child.id());
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.category()).isEqualTo(CareCategory.LEFT_BEHIND_CHILD);
        assertThat(found.name()).isEqualTo("张小花");
        assertThat(found.residentId()).isEqualTo(child.residentId());
        assertThat(found.birthYear()).isEmpty();
        assertThat(found.address()).isEqualTo(child.address());
        assertThat(found.phone()).isEqualTo(child.phone());
        assertThat(found.needs()).isEqualTo(child.needs());
        assertThat(found.guardian()).contains(guardian);
        assertThat(found.registeredAt()).isEqualTo(Instant.parse("2026-03-01T01:02:03Z"));
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesARecipientWithOnlyABirthYear() {
        CareRecipient elder = anEmptyNestElder().at(aUnit()).bornIn(1944).withoutPhone().build();

        repository().store(elder);

        CareRecipient found = repository().find(elder.id()).orElseThrow();
        assertThat(found.residentId()).isEmpty();
        assertThat(found.birthYear()).contains(1944);
        assertThat(found.phone()).isEmpty();
        assertThat(found.guardian()).isEmpty();
    }

    @Test
    void storesChangesAndBumpsTheVersion() {
        CareRecipient stored = repository().store(anEmptyNestElder().at(aUnit()).build());

        stored.recordNeeds("需要助餐和代购药品");
        CareRecipient updated = repository().store(stored);

        assertThat(updated.version()).isEqualTo(2);
        CareRecipient found = repository().find(stored.id()).orElseThrow();
        assertThat(found.needs()).isEqualTo("需要助餐和代购药品");
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersion() {
        CareRecipient original = anEmptyNestElder().at(aUnit()).build();
        repository().store(original);
        CareRecipient first = repository().find(original.id()).orElseThrow();
        CareRecipient second = repository().find(original.id()).orElseThrow();
        repository().store(first);

        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThatThrownBy(() -> repository().store(original))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(original.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void rejectsANewRecipientClaimingAVersion() {
        CareRecipient fresh = anEmptyNestElder().at(aUnit()).build();
        CareRecipient claimed = CareRecipient.restore(fresh.id(), fresh.unit(), fresh.category(), fresh.name(),
                fresh.residentId(), fresh.birthYear(), fresh.address(), fresh.phone(), fresh.needs(), fresh.guardian(),
                fresh.registeredAt(), 3);

        assertThatThrownBy(() -> repository().store(claimed))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(fresh.id())).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new CareRecipientId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void listsTheRecipientsOfAUnitByRegistrationTimeInPages() {
        // given
        UnitId unit = aUnit();
        CareRecipient third = repository().store(anEmptyNestElder().at(unit).named("A")
                .registeredAt(Instant.parse("2026-03-03T00:00:00Z")).build());
        CareRecipient first = repository().store(anEmptyNestElder().at(unit).named("C")
                .registeredAt(Instant.parse("2026-03-01T00:00:00Z")).build());
        CareRecipient second = repository().store(aLeftBehindChild().at(unit).named("B")
                .registeredAt(Instant.parse("2026-03-02T00:00:00Z")).build());
        repository().store(anEmptyNestElder().at(aUnit()).registeredAt(Instant.parse("2026-02-01T00:00:00Z")).build());

        // when
        Page<CareRecipient> page1 = repository().byUnit(unit, new PageRequest(0, 2));
        Page<CareRecipient> page2 = repository().byUnit(unit, new PageRequest(2, 2));

        // then
        assertThat(page1.items()).extracting(CareRecipient::id).containsExactly(first.id(), second.id());
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.items()).extracting(CareRecipient::id).containsExactly(third.id());
        assertThat(page2.hasMore()).isFalse();
        assertThat(page2.offset()).isEqualTo(2);
    }

    @Test
    void keepsWhatCallersHoldApartFromWhatIsStored() {
        CareRecipient stored = repository().store(anEmptyNestElder().at(aUnit()).build());

        stored.recordNeeds("changed");

        assertThat(repository().find(stored.id()).orElseThrow().needs()).isNotEqualTo("changed");
    }
}
