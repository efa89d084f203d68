package org.civility.core.venue;

import java.util.List;
import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VenueFixtures.aBooking;
import static org.civility.core.fixtures.VenueFixtures.aResident;
import static org.civility.core.fixtures.VenueFixtures.anOutsideOrganisation;
import static org.civility.core.fixtures.VenueFixtures.at;

class BookingTest {

    @Test
    @DisplayName("R-VEN-2 a booking for a practice activity is confirmed at once")
    void practiceIsConfirmedAtOnce() {
        Booking booking = aBooking().forPractice().build();

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.approval()).isEmpty();
    }

    @Test
    @DisplayName("R-VEN-2 any other use waits for the residents' committee, which approves it")
    void otherUseWaitsForApproval() {
        Booking booking = aBooking().forOtherUse().build();
        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING_APPROVAL);

        booking.approve("王主任", at(8));

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.approval()).contains(new Approval("王主任", at(8)));
    }

    @Test
    @DisplayName("R-VEN-2 a rejected use is cancelled with its reason")
    void rejectedUseIsCancelledWithReason() {
        Booking booking = aBooking().forOtherUse().build();

        booking.reject("王主任", "与文明实践无关的商业活动", at(8));

        assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.cancellation()).contains(new Cancellation("王主任", at(8), "与文明实践无关的商业活动", true));
        assertThat(booking.blocksSlot()).isFalse();
    }

    @Test
    @DisplayName("R-VEN-2 a pending booking can't be used: no checklist, no closing, no damage")
    void pendingBookingCannotBeUsed() {
        Booking booking = aBooking().forOtherUse().build();

        assertThatThrownBy(() -> booking.signChecklist(ChecklistItem.DOOR_LOCKED, "赵值班", at(12)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-VEN-2");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                });
        assertThatThrownBy(() -> booking.close(at(12)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-VEN-2"));
        assertThatThrownBy(() -> booking.recordDamage("椅子损坏", 5000, "张三", at(12)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-VEN-2"));
    }

    @Test
    @DisplayName("R-VEN-2 a practice booking is never approved")
    void practiceBookingIsNotApproved() {
        Booking booking = aBooking().forPractice().build();

        assertThatThrownBy(() -> booking.approve("王主任", at(8)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-BOOKING-STATE"));
    }

    @Test
    @DisplayName("R-VEN-3 a booking is not closed until every checklist item is signed; the rejection lists the unsigned items")
    void closeRejectedUntilChecklistComplete() {
        Booking booking = aBooking().forPractice().build();
        booking.signChecklist(ChecklistItem.MULTIMEDIA_EQUIPMENT, "赵值班", at(12));
        booking.signChecklist(ChecklistItem.POWER_CUT, "赵值班", at(12));

        assertThatThrownBy(() -> booking.close(at(12)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-VEN-3");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                    assertThat(e.args().get("unsigned")).isEqualTo(List.of(ChecklistItem.FIRE_EQUIPMENT,
                            ChecklistItem.WINDOWS_SHUT, ChecklistItem.FIRE_CHECK, ChecklistItem.DOOR_LOCKED));
                });
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    @DisplayName("R-VEN-3 with every item signed the booking closes and keeps the signatures")
    void closesWhenEveryItemSigned() {
        Booking booking = aBooking().forPractice().build();
        for (ChecklistItem item : ChecklistItem.values()) {
            booking.signChecklist(item, "赵值班", at(12));
        }

        booking.close(at(12));

        assertThat(booking.status()).isEqualTo(BookingStatus.CLOSED);
        assertThat(booking.closedAt()).contains(at(12));
        assertThat(booking.unsignedItems()).isEmpty();
        assertThat(booking.checklist()).extracting(ChecklistSignature::item).containsExactly(ChecklistItem.values());
        assertThat(booking.blocksSlot()).isTrue();
    }

    @Test
    @DisplayName("R-VEN-3 an item is signed once")
    void itemIsSignedOnce() {
        Booking booking = aBooking().forPractice().build();
        booking.signChecklist(ChecklistItem.DOOR_LOCKED, "赵值班", at(12));

        assertThatThrownBy(() -> booking.signChecklist(ChecklistItem.DOOR_LOCKED, "钱值班", at(12)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VENUE-ITEM-SIGNED");
                    assertThat(e.args()).containsEntry("signedBy", "赵值班");
                });
    }

    @Test
    @DisplayName("R-VEN-3 restoring a closed booking with unsigned items is refused")
    void restoreRefusesClosedBookingWithUnsignedItems() {
        Booking b = aBooking().forPractice().build();

        assertThatThrownBy(() -> Booking.restore(b.id(), b.venue(), b.unit(), b.bookedBy(), b.bookedAt(), b.purpose(),
                b.description(), b.period(), b.user(), BookingStatus.CLOSED, Optional.empty(), Optional.empty(),
                Optional.of(at(12)), List.of(), List.of(), 3))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-VEN-3"));
    }

    @Test
    @DisplayName("R-VEN-4 damage is recorded against the user at cost; a resident need not restore")
    void damageChargedToResidentUser() {
        Booking booking = aBooking().forPractice().usedBy(aResident()).build();

        Damage damage = booking.recordDamage("投影仪镜头碎裂", 120_000, "张小明", at(12));

        assertThat(damage).isEqualTo(new Damage("投影仪镜头碎裂", 120_000, "张小明", aResident().name(), false, at(12)));
        assertThat(booking.damages()).containsExactly(damage);
        assertThat(booking.totalDamageInFen()).isEqualTo(120_000);
    }

    @Test
    @DisplayName("R-VEN-4 an outside organisation must also restore the venue")
    void outsideOrganisationMustRestore() {
        Booking booking = aBooking().forPractice().usedBy(anOutsideOrganisation()).build();

        Damage damage = booking.recordDamage("墙面涂鸦", 30_000, "阳光幼儿园", at(12));

        assertThat(damage.restorationRequired()).isTrue();
        assertThat(damage.chargedTo()).isEqualTo("阳光幼儿园");
    }

    @Test
    @DisplayName("R-VEN-4 damage may be recorded after closing, is listed per booking, and costs are never negative")
    void damageAfterClosingAndNeverNegative() {
        Booking booking = aBooking().forPractice().build();
        for (ChecklistItem item : ChecklistItem.values()) {
            booking.signChecklist(item, "赵值班", at(12));
        }
        booking.close(at(12));

        booking.recordDamage("椅子腿断", 8_000, "张三", at(13));
        booking.recordDamage("话筒丢失", 0, "李四", at(13));

        assertThat(booking.damages()).extracting(Damage::description).containsExactly("椅子腿断", "话筒丢失");
        assertThatThrownBy(() -> booking.recordDamage("桌子", -1, "王五", at(13)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VENUE-DAMAGE-COST");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                });
    }

    @Test
    void cancelledBookingFreesTheSlotAndCannotBeUsed() {
        Booking booking = aBooking().forPractice().build();

        booking.cancel("李老师", "讲师生病", at(8));

        assertThat(booking.blocksSlot()).isFalse();
        assertThatThrownBy(() -> booking.close(at(12)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-BOOKING-STATE"));
        assertThatThrownBy(() -> booking.cancel("李老师", "again", at(8)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-BOOKING-STATE"));
    }

    @Test
    void exposedCollectionsAreUnmodifiable() {
        Booking booking = aBooking().forPractice().build();
        booking.signChecklist(ChecklistItem.DOOR_LOCKED, "赵值班", at(12));

        assertThatThrownBy(() -> booking.checklist().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> booking.damages().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
