package org.civility.core.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.civility.core.celebration.CeremonyId;
import org.civility.core.celebration.CeremonyKind;
import org.civility.core.celebration.CeremonyLimits;
import org.civility.core.celebration.CeremonyStatus;
import org.civility.core.celebration.FamilyCeremony;
import org.civility.core.celebration.FamilyCeremonyRepository;
import org.civility.core.celebration.LimitBreach;
import org.civility.core.celebration.PersuasionVisit;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.CelebrationFixtures.aFuneral;
import static org.civility.core.fixtures.CelebrationFixtures.aWedding;

/**
 * What every {@link FamilyCeremonyRepository} must do. The store is never assumed empty: each test
 * works under a unit of its own.
 */
public abstract class FamilyCeremonyRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-08-01T02:30:15Z");

    protected abstract FamilyCeremonyRepository repository();

    /** A fresh station ceremonies may be registered at; override to create the unit's row first. */
    protected UnitId aStation() {
        return new UnitId(UUID.randomUUID());
    }

    @Test
    void roundTripsEveryField() {
        UnitId station = aStation();
        FamilyCeremony funeral = FamilyCeremony.register(new CeremonyId(UUID.randomUUID()),
                aFuneral().at(station).hostedBy("王家老宅").on(LocalDate.of(2026, 11, 3)).withTables(9)
                        .withGiftFen(8_800).lasting(2).plan(),
                new CeremonyLimits(15, 10_000, 3), T0, "红白理事会李会长");

        repository().store(funeral);
        FamilyCeremony found = repository().find(funeral.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(funeral.id());
        assertThat(found.unit()).isEqualTo(station);
        assertThat(found.kind()).isEqualTo(CeremonyKind.FUNERAL);
        assertThat(found.host()).isEqualTo("王家老宅");
        assertThat(found.date()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(found.tables()).isEqualTo(9);
        assertThat(found.giftFen()).isEqualTo(8_800);
        assertThat(found.days()).isEqualTo(2);
        assertThat(found.limitsApplied()).isEqualTo(new CeremonyLimits(15, 10_000, 3));
        assertThat(found.status()).isEqualTo(CeremonyStatus.REGISTERED);
        assertThat(found.registeredAt()).isEqualTo(T0);
        assertThat(found.registeredBy()).isEqualTo("红白理事会李会长");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void roundTripsAFlaggedCeremonyAndItsVisit() {
        FamilyCeremony flagged = repository().store(FamilyCeremony.register(new CeremonyId(UUID.randomUUID()),
                aWedding().at(aStation()).withTables(30).plan(), new CeremonyLimits(20, 20_000, 1), T0, "李会长"));
        assertThat(repository().find(flagged.id()).orElseThrow().status()).isEqualTo(CeremonyStatus.FLAGGED);

        repository().store(flagged.recordVisit(new PersuasionVisit("上门劝导，同意减至20桌", T0.plusSeconds(3600), "王委员")));
        FamilyCeremony found = repository().find(flagged.id()).orElseThrow();

        assertThat(found.status()).isEqualTo(CeremonyStatus.VISITED);
        assertThat(found.breaches()).containsExactly(new LimitBreach("celebration.wedding.max-tables", 20, 30));
        assertThat(found.visit()).contains(new PersuasionVisit("上门劝导，同意减至20桌", T0.plusSeconds(3600), "王委员"));
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new CeremonyId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void bumpsTheVersionOnEveryStore() {
        FamilyCeremony stored = repository().store(aWedding().at(aStation()).build());
        assertThat(stored.version()).isEqualTo(1);

        FamilyCeremony again = repository().store(stored);

        assertThat(again.version()).isEqualTo(2);
        assertThat(repository().find(stored.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersion() {
        FamilyCeremony stored = repository().store(aWedding().at(aStation()).build());
        repository().store(repository().find(stored.id()).orElseThrow());

        assertThatThrownBy(() -> repository().store(stored))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("STALE-VERSION");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
    }

    @Test
    void rejectsInsertingTheSameNewCeremonyTwice() {
        FamilyCeremony ceremony = aWedding().at(aStation()).build();
        repository().store(ceremony);

        assertThatThrownBy(() -> repository().store(ceremony))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void listsTheCeremoniesOfAUnitByDateThenIdInPages() {
        UnitId station = aStation();
        FamilyCeremony c = repository().store(aWedding().at(station).on(LocalDate.of(2026, 12, 8)).build());
        FamilyCeremony a = repository().store(aFuneral().at(station).on(LocalDate.of(2026, 3, 1)).build());
        FamilyCeremony b = repository().store(aWedding().at(station).on(LocalDate.of(2026, 5, 1)).build());
        repository().store(aWedding().at(aStation()).on(LocalDate.of(2026, 1, 1)).build());

        Page<FamilyCeremony> first = repository().byUnit(station, new PageRequest(0, 2));
        Page<FamilyCeremony> second = repository().byUnit(station, new PageRequest(2, 2));

        assertThat(first.items()).extracting(FamilyCeremony::id).containsExactly(a.id(), b.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(FamilyCeremony::id).containsExactly(c.id());
        assertThat(second.hasMore()).isFalse();
        assertThat(second.offset()).isEqualTo(2);
    }

    @Test
    void pagesCeremoniesOfTheSameDateDeterministically() {
        UnitId station = aStation();
        LocalDate day = LocalDate.of(2026, 10, 1);
        FamilyCeremony x = repository().store(aWedding().at(station).on(day).build());
        FamilyCeremony y = repository().store(aWedding().at(station).on(day).build());

        var firstPage = repository().byUnit(station, new PageRequest(0, 1)).items();
        var secondPage = repository().byUnit(station, new PageRequest(1, 1)).items();

        assertThat(java.util.List.of(firstPage.get(0).id(), secondPage.get(0).id()))
                .containsExactlyInAnyOrder(x.id(), y.id());
    }
}
