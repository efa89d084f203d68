package org.civility.core.contract;

import org.civility.core.fixtures.RecordFixtures;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ChainHead;
import org.civility.core.record.ChainHeadRepository;
import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ChainHeadRepository} must do: a head moves forward one entry at a time, from none to the first.
 * The store is never assumed empty: each test works on a unit of its own.
 */
public abstract class ChainHeadRepositoryContract {

    protected abstract ChainHeadRepository repository();

    /** A fresh unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    private static ChainHead head(UnitId unit, long sequence) {
        return RecordFixtures.SEAL.head(unit, sequence, Long.toHexString(sequence).repeat(64).substring(0, 64));
    }

    @Test
    void movesTheHeadFromNoneToTheFirstEntryAndOnOneAtATime() {
        UnitId unit = aUnit();
        assertThat(repository().find(unit)).isEmpty();
        assertThat(repository().findForAppend(unit)).isEmpty();

        repository().advance(head(unit, 1));
        repository().advance(head(unit, 2));

        assertThat(repository().find(unit)).contains(head(unit, 2));
        assertThat(repository().findForAppend(unit)).contains(head(unit, 2));
        assertThat(repository().units()).contains(unit);
    }

    @Test
    void refusesAHeadThatDoesNotFollowTheStoredOne() {
        UnitId unit = aUnit();
        assertThatThrownBy(() -> repository().advance(head(unit, 2))).isInstanceOfSatisfying(
                CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));

        repository().advance(head(unit, 1));
        repository().advance(head(unit, 2));

        for (long sequence : new long[] {1, 2, 4}) {
            assertThatThrownBy(() -> repository().advance(head(unit, sequence))).as("to %d", sequence)
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        }
        assertThat(repository().find(unit)).contains(head(unit, 2));
    }

    @Test
    void keepsTheHeadsOfUnitsApart() {
        UnitId one = aUnit();
        UnitId other = aUnit();

        repository().advance(head(one, 1));

        assertThat(repository().find(other)).isEmpty();
        repository().advance(head(other, 1));
        assertThat(repository().find(one)).contains(head(one, 1));
    }
}
