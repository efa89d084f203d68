package org.civility.core.celebration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * Computes "our festivals" for any Gregorian year 1900–2100 in China Standard Time (UTC+8), never
 * from a hand-made table.
 * <ul>
 *   <li>Lunar festivals: ICU4J's {@link ChineseCalendar} numbers the months (a festival lies in
 *       the non-leap month of its number); the day the month begins is then pinned to the precise
 *       new moon (Meeus ch. 49), because ICU's approximation puts some new moons minutes on the
 *       wrong side of midnight (ICU 78.1 gives 2027-02-07 and 2030-02-02 for the Spring Festival;
 *       the published dates are 02-06 and 02-03).</li>
 *   <li>Qingming: the day the Sun's apparent ecliptic longitude reaches 15° (Meeus ch. 25).</li>
 * </ul>
 * Limits: days follow UTC+8 throughout (before 1929 China kept Beijing local mean time, so a term
 * or new moon within about a quarter of an hour of midnight may differ from period almanacs);
 * leap months are as ICU assigns them. Thread-safe. A year's dates are computed once per process and kept (201 years
 * of seven dates at most): they depend on nothing but the year.
 */
public final class FestivalCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private static final TimeZone CHINA = TimeZone.getTimeZone("GMT+08:00");
    private static final long JULIAN_DAY_OF_EPOCH = 2440588L;

    /** The years computed so far: a pure function of the year, shared by every instance. */
    private static final Map<Integer, List<FestivalDate>> YEARS = new ConcurrentHashMap<>();

    /**
     * Every festival of the year in calendar order.
     *
     * @throws CivilityException {@code CELEBRATION-YEAR-INVALID} outside 1900–2100
     */
    public List<FestivalDate> festivals(int year) {
        requireSupported(year);
        return YEARS.computeIfAbsent(year, y -> Arrays.stream(Festival.values())
                .map(f -> new FestivalDate(f, computed(f, y))).toList());
    }

    /**
     * The festival's date in the Gregorian year.
     *
     * @throws CivilityException {@code CELEBRATION-YEAR-INVALID} outside 1900–2100
     */
    public LocalDate dateOf(Festival festival, int year) {
        requireNonNull(festival, "festival");
        return festivals(year).stream().filter(d -> d.festival() == festival).findFirst().orElseThrow().date();
    }

    private static LocalDate computed(Festival festival, int year) {
        if (festival == Festival.QINGMING) {
            return Astronomy.solarTermDate(year, 15.0, 3);
        }
        int month = festival.lunarMonth().orElseThrow();
        int day = festival.lunarDay().orElseThrow();
        LocalDate icuStart = lunarMonthStart(year, month);
        LocalDate start = Astronomy.newMoonNear(icuStart);
        if (Math.abs(start.toEpochDay() - icuStart.toEpochDay()) > 1) {
            // Guard: the refinement only moves a month's first day across midnight, never by a month.
            start = icuStart;
        }
        return start.plusDays(day - 1L);
    }

    private static void requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw CivilityException.of(CelebrationError.YEAR_INVALID, "year", year,
                    "first", FIRST_YEAR, "last", LAST_YEAR);
        }
    }

    /** First day of the non-leap lunar month {@code month} of the Chinese year starting in {@code year}, per ICU. */
    private static LocalDate lunarMonthStart(int year, int month) {
        ChineseCalendar calendar = new ChineseCalendar(CHINA);
        // Read the Chinese extended year in force in mid-year instead of relying on its epoch arithmetic.
        calendar.setTimeInMillis(LocalDate.of(year, 7, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toEpochMilli());
        int extendedYear = calendar.get(Calendar.EXTENDED_YEAR);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, extendedYear);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        long julianDay = calendar.get(Calendar.JULIAN_DAY);
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
    }
}
