package org.civility.core.contract;

import java.util.Optional;
import java.util.UUID;

import org.civility.core.appraisal.AppraisalKind;
import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.Household;
import org.civility.core.appraisal.HouseholdAward;
import org.civility.core.appraisal.HouseholdId;
import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AppraisalFixtures.aHousehold;
import static org.civility.core.fixtures.AppraisalFixtures.day;

/**
 * What every {@link HouseholdRepository} must do. Subclass it per adapter; tests use fresh ids and
 * never assume an empty store.
 */
public abstract class HouseholdRepositoryContract {

    protected abstract HouseholdRepository repository();

    @Test
    void roundTripsEveryField() {
        UnitId unit = new UnitId(UUID.randomUUID());
        Household household = aHousehold().at(unit).headedBy("王大山").withVoters("wang", "wang-son").build();
        CampaignId c1 = new CampaignId(UUID.randomUUID());
        CampaignId c2 = new CampaignId(UUID.randomUUID());
        household.recordAward(new HouseholdAward(c2, AppraisalKind.GOOD_DAUGHTER_IN_LAW, "好媳妇", 2025,
                Optional.of("李秀英"), Optional.empty(), day(30)));
        household.recordAward(new HouseholdAward(c1, AppraisalKind.STAR_CIVILISED_HOUSEHOLD, "星级文明户", 2024,
                Optional.empty(), Optional.of(4), day(1)));

        repository().store(household);
        Household found = repository().find(household.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(household.id());
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.head()).isEqualTo("王大山");
        assertThat(found.address()).isEqualTo(household.address());
        assertThat(found.grid()).isEqualTo(household.grid()).isPresent();
        assertThat(found.members()).isEqualTo(household.members());
        assertThat(found.voters()).containsExactly("wang", "wang-son");
        assertThat(found.history()).containsExactlyElementsOf(household.history());
        assertThat(found.history()).extracting(HouseholdAward::year).containsExactly(2024, 2025);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void roundTripsAbsentOptionalFields() {
        Household household = aHousehold().withoutGrid().build();

        repository().store(household);
        Household found = repository().find(household.id()).orElseThrow();

        assertThat(found.grid()).isEmpty();
        assertThat(found.voters()).isEmpty();
        assertThat(found.history()).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new HouseholdId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void bumpsTheVersionOnEveryStoreAndKeepsChanges() {
        Household stored = repository().store(aHousehold().build());
        stored.addVoter("li");

        Household again = repository().store(stored);

        assertThat(again.version()).isEqualTo(2);
        assertThat(repository().find(stored.id()).orElseThrow().voters()).containsExactly("li");
    }

    @Test
    void rejectsAStaleVersion() {
        Household stored = repository().store(aHousehold().build());
        repository().store(stored);

        assertThatThrownBy(() -> repository().store(stored)).isInstanceOf(CivilityException.class)
                .extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("STALE-VERSION");
    }

    @Test
    void rejectsANewHouseholdWithAVersion() {
        Household h = aHousehold().build();
        Household fake = Household.restore(h.id(), h.unit(), h.head(), h.address(), h.grid(), h.members(),
                h.voters(), h.history(), 3);

        assertThatThrownBy(() -> repository().store(fake)).extracting(e -> ((org.civility.core.shared.CivilityException) e).code()).isEqualTo("STALE-VERSION");
    }

    @Test
    void pagesTheHouseholdsOfAUnitByHead() {
        UnitId unit = new UnitId(UUID.randomUUID());
        repository().store(aHousehold().at(unit).headedBy("C").build());
        repository().store(aHousehold().at(unit).headedBy("A").build());
        repository().store(aHousehold().at(unit).headedBy("B").build());
        repository().store(aHousehold().headedBy("A0").build());

        Page<Household> first = repository().byUnit(unit, new PageRequest(0, 2));
        Page<Household> second = repository().byUnit(unit, new PageRequest(2, 2));

        assertThat(first.items()).extracting(Household::head).containsExactly("A", "B");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Household::head).containsExactly("C");
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void findsTheHouseholdsOfAUnitWithAVoter() {
        UnitId unit = new UnitId(UUID.randomUUID());
        Household wangs = repository().store(aHousehold().at(unit).withVoters("wang", "x").build());
        repository().store(aHousehold().at(unit).withVoters("li").build());
        repository().store(aHousehold().withVoters("wang").build());

        assertThat(repository().withVoter(unit, "wang")).extracting(Household::id).containsExactly(wangs.id());
        assertThat(repository().withVoter(unit, "nobody")).isEmpty();
    }
}
