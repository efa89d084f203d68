package org.civility.core.assistance;

import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AssistanceFixtures.aPairing;
import static org.civility.core.fixtures.AssistanceFixtures.aVisit;
import static org.civility.core.fixtures.AssistanceFixtures.aVolunteerId;
import static org.civility.core.fixtures.AssistanceFixtures.anEmptyNestElder;

class CarePairingTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private final CareRecipient elder = anEmptyNestElder().build();

    @Test
    @DisplayName("R-HELP-1 a pairing without visits is overdue once the interval since its start has passed")
    void flagsAPairingWithoutVisitsAfterTheIntervalSinceItsStart() {
        // given a weekly pairing started on 1 November
        CarePairing pairing = aPairing(elder).visitingEvery(7).startedOn(NOV_1).build();

        // then the visit is due by 8 November
        assertThat(pairing.visitDueBy(NOV_1.plusDays(8))).isEqualTo(NOV_1.plusDays(7));
        assertThat(pairing.isOverdueOn(NOV_1.plusDays(7))).isFalse();
        assertThat(pairing.daysOverdueOn(NOV_1.plusDays(8))).isEqualTo(1);
        assertThat(pairing.daysOverdueOn(NOV_1.plusDays(30))).isEqualTo(23);
    }

    @Test
    @DisplayName("R-HELP-1 the interval runs again from the last visit")
    void countsTheIntervalFromTheLastVisit() {
        // given a visit on 5 November
        CarePairing pairing = aPairing(elder).visitingEvery(7).startedOn(NOV_1).visitedOn(NOV_1.plusDays(4)).build();

        // then
        assertThat(pairing.lastVisitOn(NOV_1.plusDays(20))).contains(NOV_1.plusDays(4));
        assertThat(pairing.isOverdueOn(NOV_1.plusDays(11))).isFalse();
        assertThat(pairing.daysOverdueOn(NOV_1.plusDays(12))).isEqualTo(1);
    }

    @Test
    @DisplayName("R-HELP-1 visits after the report date do not count for it")
    void ignoresVisitsAfterTheDateAsked() {
        CarePairing pairing = aPairing(elder).visitingEvery(7).startedOn(NOV_1).visitedOn(NOV_1.plusDays(20)).build();

        assertThat(pairing.daysOverdueOn(NOV_1.plusDays(10))).isEqualTo(3);
        assertThat(pairing.isOverdueOn(NOV_1.plusDays(21))).isFalse();
    }

    @Test
    @DisplayName("R-HELP-1 an ended pairing or one not yet started is never overdue")
    void neverFlagsAnEndedOrFuturePairing() {
        CarePairing pairing = aPairing(elder).visitingEvery(7).startedOn(NOV_1).build();
        pairing.end(NOV_1.plusDays(10));

        assertThat(pairing.daysOverdueOn(NOV_1.plusDays(9))).isEqualTo(2);
        assertThat(pairing.isOverdueOn(NOV_1.plusDays(10))).isFalse();
        assertThat(pairing.isOverdueOn(NOV_1.minusDays(30))).isFalse();
    }

    @Test
    @DisplayName("R-HELP-1 every visit is recorded with who, when, how long and notes")
    void recordsEveryVisit() {
        VolunteerId li = aVolunteerId();
        VolunteerId wang = aVolunteerId();
        CarePairing pairing = aPairing(elder).with(li, wang).startedOn(NOV_1).build();

        pairing.recordVisit(aVisit(li, NOV_1.plusDays(1)));
        pairing.recordVisit(aVisit(wang, NOV_1.plusDays(3)));

        assertThat(pairing.visits()).extracting(Visit::volunteer).containsExactly(li, wang);
        assertThat(pairing.visits().get(0).durationMinutes()).isEqualTo(60);
        assertThat(pairing.visits().get(0).notes()).isEqualTo("聊天，量血压");
    }

    @Test
    void rejectsAVisitByAVolunteerWhoIsNotPaired() {
        CarePairing pairing = aPairing(elder).startedOn(NOV_1).build();

        assertThatThrownBy(() -> pairing.recordVisit(aVisit(aVolunteerId(), NOV_1.plusDays(1))))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ASSISTANCE-NOT-PAIRED"));
    }

    @Test
    void rejectsAVisitBeforeTheStart() {
        VolunteerId li = aVolunteerId();
        CarePairing pairing = aPairing(elder).with(li).startedOn(NOV_1).build();

        assertThatThrownBy(() -> pairing.recordVisit(aVisit(li, NOV_1.minusDays(1))))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ASSISTANCE-VISIT-DATE"));
    }

    @Test
    void takesNoVisitsOrSecondEndOnceEnded() {
        VolunteerId li = aVolunteerId();
        CarePairing pairing = aPairing(elder).with(li).startedOn(NOV_1).build();
        pairing.end(NOV_1.plusDays(5));

        assertThat(pairing.isActive()).isFalse();
        assertThatThrownBy(() -> pairing.recordVisit(aVisit(li, NOV_1.plusDays(2))))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ASSISTANCE-PAIRING-ENDED"));
        assertThatThrownBy(() -> pairing.end(NOV_1.plusDays(6)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ASSISTANCE-PAIRING-ENDED"));
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        CarePairing pairing = aPairing(elder).startedOn(NOV_1).build();

        assertThatThrownBy(() -> pairing.end(NOV_1.minusDays(1)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ASSISTANCE-END-DATE"));
    }

    @Test
    void needsOneToTenDistinctVolunteersAndAPositiveInterval() {
        assertThatThrownBy(() -> CarePairing.start(new CarePairingId(java.util.UUID.randomUUID()), elder, List.of(), 7, NOV_1))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ASSISTANCE-VOLUNTEERS-INVALID"));
        assertThatThrownBy(() -> aPairing(elder).visitingEvery(0).build())
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ASSISTANCE-INTERVAL-INVALID"));
        VolunteerId li = aVolunteerId();
        assertThat(aPairing(elder).with(li, li).build().volunteers()).containsExactly(li);
    }

    @Test
    void copiesTheRecipientsUnitAndCategory() {
        CarePairing pairing = aPairing(elder).build();

        assertThat(pairing.unit()).isEqualTo(elder.unit());
        assertThat(pairing.category()).isEqualTo(CareCategory.EMPTY_NEST_ELDER);
        assertThat(pairing.recipient()).isEqualTo(elder.id());
    }
}
