package org.civility.core.contract;

import org.civility.core.assistance.CareCategory;
import org.civility.core.assistance.CarePairing;
import org.civility.core.assistance.CarePairingId;
import org.civility.core.assistance.CarePairingRepository;
import org.civility.core.assistance.CareRecipient;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.assistance.Visit;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AssistanceFixtures.aPairing;
import static org.civility.core.fixtures.AssistanceFixtures.aVisit;
import static org.civility.core.fixtures.AssistanceFixtures.aVolunteerId;
import static org.civility.core.fixtures.AssistanceFixtures.anEmptyNestElder;

/**
 * What every {@link CarePairingRepository} must do. Pairings refer to stored recipients (so a
 * database may keep a foreign key); the store is never assumed empty: {@code activeOn} is tested on
 * a random day of the 20th century that no other test uses.
 */
public abstract class CarePairingRepositoryContract {

    protected abstract CarePairingRepository repository();

    /** Where the recipients the pairings refer to are stored. */
    protected abstract CareRecipientRepository recipients();

    /** A fresh unit recipients may belong to; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    private CareRecipient aStoredRecipient() {
        return recipients().store(anEmptyNestElder().at(aUnit()).build());
    }

    @Test
    void storesAndFindsEveryField() {
        // given an ended pairing of two volunteers with two visits
        CareRecipient elder = aStoredRecipient();
        VolunteerId li = aVolunteerId();
        VolunteerId wang = aVolunteerId();
        LocalDate start = LocalDate.of(2026, 10, 1);
        CarePairing pairing = aPairing(elder).with(wang, li).visitingEvery(14).startedOn(start).build();
        Visit first = aVisit(li, start.plusDays(3));
        Visit second = new Visit(wang, start.plusDays(10).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), 90, "");
        pairing.recordVisit(first);
        pairing.recordVisit(second);
        pairing.end(start.plusDays(20));

        // when
        repository().store(pairing);
        CarePairing found = repository().find(pairing.id()).orElseThrow();

        // then
        assertThat(found.id()).isEqualTo(pairing.id());
        assertThat(found.recipient()).isEqualTo(elder.id());
        assertThat(found.unit()).isEqualTo(elder.unit());
        assertThat(found.category()).isEqualTo(CareCategory.EMPTY_NEST_ELDER);
        assertThat(found.volunteers()).containsExactly(wang, li);
        assertThat(found.visitIntervalDays()).isEqualTo(14);
        assertThat(found.startedOn()).isEqualTo(start);
        assertThat(found.endedOn()).contains(start.plusDays(20));
        assertThat(found.visits()).containsExactly(first, second);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesNewVisitsAndBumpsTheVersion() {
        VolunteerId li = aVolunteerId();
        CarePairing stored = repository().store(aPairing(aStoredRecipient()).with(li).build());
        assertThat(stored.endedOn()).isEmpty();
        assertThat(stored.visits()).isEmpty();

        stored.recordVisit(aVisit(li, stored.startedOn().plusDays(2)));
        CarePairing updated = repository().store(stored);
        updated.recordVisit(aVisit(li, stored.startedOn().plusDays(9)));
        repository().store(updated);

        CarePairing found = repository().find(stored.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.visits()).hasSize(2);
        assertThat(found.lastVisitOn(stored.startedOn().plusDays(30))).contains(stored.startedOn().plusDays(9));
    }

    @Test
    void rejectsAStaleVersion() {
        CarePairing original = aPairing(aStoredRecipient()).build();
        repository().store(original);
        CarePairing first = repository().find(original.id()).orElseThrow();
        CarePairing second = repository().find(original.id()).orElseThrow();
        repository().store(first);

        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThatThrownBy(() -> repository().store(original))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void rejectsANewPairingClaimingAVersion() {
        CarePairing fresh = aPairing(aStoredRecipient()).build();
        CarePairing claimed = CarePairing.restore(fresh.id(), fresh.recipient(), fresh.unit(), fresh.category(),
                fresh.volunteers(), fresh.visitIntervalDays(), fresh.startedOn(), Optional.empty(), List.of(), 2);

        assertThatThrownBy(() -> repository().store(claimed))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(fresh.id())).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new CarePairingId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void listsTheRecipientsPairingsByStartDate() {
        CareRecipient elder = aStoredRecipient();
        CarePairing later = aPairing(elder).startedOn(LocalDate.of(2026, 9, 1)).build();
        CarePairing earlier = aPairing(elder).startedOn(LocalDate.of(2026, 3, 1)).build();
        earlier.end(LocalDate.of(2026, 8, 31));
        repository().store(later);
        repository().store(earlier);
        repository().store(aPairing(aStoredRecipient()).build());

        assertThat(repository().byRecipient(elder.id())).extracting(CarePairing::id)
                .containsExactly(earlier.id(), later.id());
    }

    @Test
    void listsThePairingsActiveOnADayByIdInPages() {
        // given three pairings active only on day d, one ended on d, one starting the day after
        LocalDate d = LocalDate.of(1901, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_000));
        List<CarePairing> active = Stream.generate(() -> {
            CarePairing p = aPairing(aStoredRecipient()).startedOn(d).build();
            p.end(d.plusDays(1));
            return repository().store(p);
        }).limit(3).sorted(Comparator.comparing(p -> p.id().value().toString())).toList();
        CarePairing endedThatDay = aPairing(aStoredRecipient()).startedOn(d.minusDays(5)).build();
        endedThatDay.end(d);
        repository().store(endedThatDay);
        CarePairing notYet = aPairing(aStoredRecipient()).startedOn(d.plusDays(1)).build();
        notYet.end(d.plusDays(2));
        repository().store(notYet);

        // when
        Page<CarePairing> page1 = repository().activeOn(d, new PageRequest(0, 2));
        Page<CarePairing> page2 = repository().activeOn(d, new PageRequest(2, 2));

        // then
        assertThat(page1.items()).extracting(CarePairing::id).containsExactly(active.get(0).id(), active.get(1).id());
        assertThat(page1.hasMore()).isTrue();
        assertThat(page2.items()).extracting(CarePairing::id).containsExactly(active.get(2).id());
        assertThat(page2.hasMore()).isFalse();
    }

    @Test
    void keepsWhatCallersHoldApartFromWhatIsStored() {
        CarePairing stored = repository().store(aPairing(aStoredRecipient()).build());

        stored.end(stored.startedOn().plusDays(1));

        assertThat(repository().find(stored.id()).orElseThrow().endedOn()).isEmpty();
    }
}
