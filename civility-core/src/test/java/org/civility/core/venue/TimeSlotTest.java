package org.civility.core.venue;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VenueFixtures.at;
import static org.civility.core.fixtures.VenueFixtures.slot;

class TimeSlotTest {

    @Test
    @DisplayName("R-VEN-5 adjacent slots [10-12) and [12-14) do not overlap")
    void adjacentSlotsDoNotOverlap() {
        assertThat(slot(10, 12).overlaps(slot(12, 14))).isFalse();
        assertThat(slot(12, 14).overlaps(slot(10, 12))).isFalse();
    }

    @Test
    void overlappingAndContainedSlotsOverlap() {
        assertThat(slot(10, 12).overlaps(slot(11, 13))).isTrue();
        assertThat(slot(11, 13).overlaps(slot(10, 12))).isTrue();
        assertThat(slot(9, 15).overlaps(slot(10, 12))).isTrue();
        assertThat(slot(10, 12).overlaps(slot(10, 12))).isTrue();
    }

    @Test
    void rejectsSlotThatDoesNotEndAfterItsStart() {
        assertThatThrownBy(() -> new TimeSlot(at(12), at(12)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VENUE-SLOT-INVALID");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                });
        assertThatThrownBy(() -> new TimeSlot(at(12), at(10)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-SLOT-INVALID"));
    }
}
