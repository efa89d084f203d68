package org.civility.core.venue;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VenueMessagesTest {

    private static final String BUNDLE = "org.civility.core.venue.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        for (VenueError error : VenueError.values()) {
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                assertThat(Messages.title(error, locale)).as(error + " title " + locale).doesNotEndWith(".title");
                assertThat(Messages.detail(error, locale, Map.of())).as(error + " detail " + locale).doesNotEndWith(".detail");
            }
        }
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        Stream.of(PlatformKind.values(), VenueKind.values(), UsePurpose.values(), BookingStatus.values(),
                        ChecklistItem.values())
                .flatMap(Stream::of)
                .forEach(constant -> {
                    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                    String zh = Messages.text(BUNDLE, Locale.SIMPLIFIED_CHINESE, key, Map.of());
                    String en = Messages.text(BUNDLE, Locale.ENGLISH, key, Map.of());
                    assertThat(zh).as(key).isNotEqualTo(key).isNotEqualTo(en);
                    assertThat(en).as(key).isNotEqualTo(key);
                });
    }

    @Test
    void theDoubleBookingDetailNamesTheConflictingBooking() {
        String detail = Messages.detail(VenueError.DOUBLE_BOOKING, Locale.SIMPLIFIED_CHINESE,
                Map.of("venue", "V", "conflictingBooking", "B1", "conflictingStart", "10:00", "conflictingEnd", "12:00",
                        "requestedStart", "11:00", "requestedEnd", "13:00"));

        assertThat(detail).contains("B1", "10:00", "12:00", "11:00", "13:00").doesNotContain("{");
    }
}
