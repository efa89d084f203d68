package org.civility.core.contract;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.matching.GeoPoint;
import org.civility.core.matching.WeeklyWindow;
import org.civility.core.order.Assignee;
import org.civility.core.organisation.UnitId;
import org.civility.core.resource.OfferArea;
import org.civility.core.resource.ServiceOffer;
import org.civility.core.resource.ServiceOfferId;
import org.civility.core.resource.ServiceOfferRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ServiceOfferRepository} must do; each test works under a unit of its own. */
public abstract class ServiceOfferRepositoryContract {

    protected abstract ServiceOfferRepository repository();

    /** A fresh unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    private static ServiceOffer offer(UnitId unit, UUID id) {
        return ServiceOffer.publish(new ServiceOfferId(id), Assignee.volunteer(UUID.randomUUID()),
                Set.of("理发", "First-Aid"), new OfferArea(unit, Optional.of("第一网格"),
                        Optional.of(new GeoPoint(30.25, 120.15))),
                List.of(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(20, 30), LocalTime.MIDNIGHT)),
                "周末上门");
    }

    @Test
    void storesAndFindsEveryFieldAndBumpsTheVersion() {
        UnitId unit = aUnit();
        ServiceOffer stored = repository().store(offer(unit, UUID.randomUUID()));
        ServiceOffer found = repository().find(stored.id()).orElseThrow();
        assertThat(found.owner()).isEqualTo(stored.owner());
        assertThat(found.skills()).containsExactly("first-aid", "理发");
        assertThat(found.area()).isEqualTo(stored.area());
        assertThat(found.availability()).containsExactlyInAnyOrderElementsOf(stored.availability());
        assertThat(found.note()).isEqualTo("周末上门");
        assertThat(found.active()).isTrue();
        assertThat(found.version()).isEqualTo(1);
        assertThat(repository().byOwner(stored.owner())).map(ServiceOffer::id).contains(stored.id());

        found.revise(Set.of("法律咨询"), OfferArea.of(unit), List.of(), "");
        found.withdraw();
        ServiceOffer updated = repository().store(found);

        assertThat(updated.version()).isEqualTo(2);
        ServiceOffer again = repository().find(stored.id()).orElseThrow();
        assertThat(again.active()).isFalse();
        assertThat(again.skills()).containsExactly("法律咨询");
        assertThat(again.area().grid()).isEmpty();
        assertThat(again.area().point()).isEmpty();
        assertThat(again.availability()).isEmpty();
        assertThat(again.note()).isEmpty();
    }

    @Test
    void theRevisionGrowsWithEveryStoreAndNotWithReads() {
        long before = repository().revision();
        ServiceOffer stored = repository().store(offer(aUnit(), UUID.randomUUID()));
        long afterInsert = repository().revision();
        assertThat(afterInsert).isGreaterThan(before);

        ServiceOffer found = repository().find(stored.id()).orElseThrow();
        found.withdraw();
        repository().store(found);

        assertThat(repository().revision()).isGreaterThan(afterInsert);
        long now = repository().revision();
        repository().allActive();
        assertThat(repository().revision()).isGreaterThanOrEqualTo(now);
    }

    @Test
    void rejectsAStaleVersion() {
        ServiceOffer offer = offer(aUnit(), UUID.randomUUID());
        repository().store(offer);
        assertThatThrownBy(() -> repository().store(offer)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void keepsOneOfferPerOwner() {
        UnitId unit = aUnit();
        ServiceOffer first = repository().store(offer(unit, UUID.randomUUID()));
        ServiceOffer second = ServiceOffer.publish(new ServiceOfferId(UUID.randomUUID()), first.owner(), Set.of("x"),
                OfferArea.of(unit), List.of(), "");
        assertThatThrownBy(() -> repository().store(second)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("OFFER-EXISTS"));
    }

    @Test
    void pagesAUnitsOffersByIdAndListsTheActiveOnes() {
        UnitId unit = aUnit();
        ServiceOffer c = repository().store(offer(unit, UUID.fromString("c0000000-0000-0000-0000-000000000000")));
        ServiceOffer a = repository().store(offer(unit, UUID.fromString("a0000000-0000-0000-0000-000000000000")));
        ServiceOffer withdrawn = offer(unit, UUID.fromString("b0000000-0000-0000-0000-000000000000"));
        withdrawn.withdraw();
        ServiceOffer b = repository().store(withdrawn);
        repository().store(offer(aUnit(), UUID.randomUUID()));

        Page<ServiceOffer> first = repository().byUnit(unit, false, new PageRequest(0, 2));
        Page<ServiceOffer> active = repository().byUnit(unit, true, new PageRequest(0, 10));

        assertThat(first.items()).extracting(ServiceOffer::id).containsExactly(a.id(), b.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(active.items()).extracting(ServiceOffer::id).containsExactly(a.id(), c.id());
        assertThat(repository().allActive()).extracting(ServiceOffer::id).contains(a.id(), c.id())
                .doesNotContain(b.id());
    }
}
