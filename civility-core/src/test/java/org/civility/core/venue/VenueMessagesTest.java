package org.civility.core.venue;

import java.util.Locale;
import java.util.Map;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class VenueMessagesTest {

    private static final String BUNDLE = "org.civility.core.venue.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(VenueError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, PlatformKind.values(), VenueKind.values(), UsePurpose.values(),
                BookingStatus.values(), ChecklistItem.values());
    }

    @Test
    void theDoubleBookingDetailNamesTheConflictingBooking() {
        String detail = Messages.detail(VenueError.DOUBLE_BOOKING, Locale.SIMPLIFIED_CHINESE,
                Map.of("venue", "V", "conflictingBooking", "B1", "conflictingStart", "10:00", "conflictingEnd", "12:00",
                        "requestedStart", "11:00", "requestedEnd", "13:00"));

        assertThat(detail).contains("B1", "10:00", "12:00", "11:00", "13:00").doesNotContain("{");
    }
}
