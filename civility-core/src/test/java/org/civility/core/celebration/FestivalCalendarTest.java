package org.civility.core.celebration;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Festival dates against the published calendar (国务院办公厅 holiday notices, Purple Mountain
 * Observatory almanac). Columns: year, 春节, 元宵, 清明, 端午, 七夕, 中秋, 重阳. 2027 and 2030 are the
 * years where ICU4J 78.1's own new moon lands on the wrong side of midnight (02-07, 02-02).
 */
class FestivalCalendarTest {

    private final FestivalCalendar calendar = new FestivalCalendar();

    @ParameterizedTest(name = "{0}")
    @DisplayName("published festival dates 2024–2030")
    @CsvSource({
            "2024, 02-10, 02-24, 04-04, 06-10, 08-10, 09-17, 10-11",
            "2025, 01-29, 02-12, 04-04, 05-31, 08-29, 10-06, 10-29",
            "2026, 02-17, 03-03, 04-05, 06-19, 08-19, 09-25, 10-18",
            "2027, 02-06, 02-20, 04-05, 06-09, 08-08, 09-15, 10-08",
            "2028, 01-26, 02-09, 04-04, 05-28, 08-26, 10-03, 10-26",
            "2029, 02-13, 02-27, 04-04, 06-16, 08-16, 09-22, 10-16",
            "2030, 02-03, 02-17, 04-05, 06-05, 08-05, 09-12, 10-05"})
    void matchesThePublishedDates(int year, String spring, String lantern, String qingming, String dragonBoat,
                                  String qixi, String midAutumn, String doubleNinth) {
        List<String> expected = List.of(spring, lantern, qingming, dragonBoat, qixi, midAutumn, doubleNinth);

        List<FestivalDate> festivals = calendar.festivals(year);

        assertThat(festivals).extracting(FestivalDate::festival).containsExactly(Festival.values());
        assertThat(festivals).extracting(f -> MonthDay.from(f.date()).toString().substring(2))
                .as("festivals of %d", year).containsExactlyElementsOf(expected);
        assertThat(festivals).allSatisfy(f -> assertThat(f.date().getYear()).isEqualTo(year));
    }

    @Test
    void computesTheFirstSupportedYear() {
        assertThat(calendar.festivals(1900)).extracting(FestivalDate::date).containsExactly(
                LocalDate.of(1900, 1, 31), LocalDate.of(1900, 2, 14), LocalDate.of(1900, 4, 5),
                LocalDate.of(1900, 6, 1), LocalDate.of(1900, 8, 1), LocalDate.of(1900, 9, 8),
                LocalDate.of(1900, 10, 31));
    }

    @Test
    void computesTheLastSupportedYear() {
        assertThat(calendar.dateOf(Festival.SPRING_FESTIVAL, 2100)).isEqualTo(LocalDate.of(2100, 2, 9));
        assertThat(calendar.dateOf(Festival.MID_AUTUMN, 2100)).isEqualTo(LocalDate.of(2100, 9, 18));
        assertThat(calendar.dateOf(Festival.QINGMING, 2100)).isEqualTo(LocalDate.of(2100, 4, 5));
    }

    @Test
    void placesTheFestivalInTheNonLeapMonthOfALeapYear() {
        // 2023 has a leap second month, 2025 a leap sixth month, 2028 a leap fifth month.
        assertThat(calendar.dateOf(Festival.DRAGON_BOAT, 2028)).isEqualTo(LocalDate.of(2028, 5, 28));
        assertThat(calendar.dateOf(Festival.QIXI, 2025)).isEqualTo(LocalDate.of(2025, 8, 29));
        assertThat(calendar.dateOf(Festival.DRAGON_BOAT, 2023)).isEqualTo(LocalDate.of(2023, 6, 22));
    }

    @Test
    void keepsEveryYearInOrderAndQingmingOnAprilThirdToSixth() {
        for (int year = FestivalCalendar.FIRST_YEAR; year <= FestivalCalendar.LAST_YEAR; year++) {
            List<LocalDate> dates = calendar.festivals(year).stream().map(FestivalDate::date).toList();
            assertThat(dates).as("year %d", year).isSorted();
            assertThat(dates.get(0)).as("Spring Festival %d", year)
                    .isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
            assertThat(dates.get(2)).as("Qingming %d", year)
                    .isBetween(LocalDate.of(year, 4, 3), LocalDate.of(year, 4, 6));
            assertThat(dates.get(1)).isEqualTo(dates.get(0).plusDays(14));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2101, 0, -5})
    void rejectsAYearOutsideTheSupportedRange(int year) {
        assertThatThrownBy(() -> calendar.festivals(year))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("CELEBRATION-YEAR-INVALID");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.args()).containsEntry("year", year);
                });
    }
}
