package org.civility.core.celebration;

import java.util.OptionalInt;

/**
 * "Our festivals" (我们的节日): six on fixed days of the Chinese lunar calendar (always in the
 * non-leap month of that number) and Qingming, a solar term (the Sun at 15° ecliptic longitude).
 */
public enum Festival {
    /** 春节, lunar 1/1. */
    SPRING_FESTIVAL(1, 1),
    /** 元宵节, lunar 1/15. */
    LANTERN(1, 15),
    /** 清明节, the solar term when the Sun reaches 15° ecliptic longitude (about April 4–5). */
    QINGMING(0, 0),
    /** 端午节, lunar 5/5. */
    DRAGON_BOAT(5, 5),
    /** 七夕节, lunar 7/7. */
    QIXI(7, 7),
    /** 中秋节, lunar 8/15. */
    MID_AUTUMN(8, 15),
    /** 重阳节, lunar 9/9. */
    DOUBLE_NINTH(9, 9);

    private final int lunarMonth;
    private final int lunarDay;

    Festival(int lunarMonth, int lunarDay) {
        this.lunarMonth = lunarMonth;
        this.lunarDay = lunarDay;
    }

    /** The lunar month (1–12), empty for the solar-term festival Qingming. */
    public OptionalInt lunarMonth() {
        return lunarMonth == 0 ? OptionalInt.empty() : OptionalInt.of(lunarMonth);
    }

    /** The day of the lunar month (1–30), empty for Qingming. */
    public OptionalInt lunarDay() {
        return lunarDay == 0 ? OptionalInt.empty() : OptionalInt.of(lunarDay);
    }
}
