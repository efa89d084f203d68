package org.civility.core.volunteer;

import org.civility.core.shared.CivilityException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import static java.util.Objects.requireNonNull;

/**
 * A mainland resident identity card number (居民身份证号, GB 11643-1999): six digits of the
 * address code, eight of the birth date ({@code yyyyMMdd}), three of the sequence (odd for men)
 * and a check character (a digit or {@code X}). A lower-case {@code x} is accepted and stored as
 * {@code X}.
 *
 * <p>{@link #toString()} is the masked form so the number never leaks into logs; the full number
 * is {@link #value()}.
 *
 * @param value the full 18-character number, never null
 * @throws CivilityException {@code VOLUNTEER-ID-FORMAT}, {@code VOLUNTEER-ID-CHECK-DIGIT} or
 *                           {@code VOLUNTEER-ID-BIRTH-DATE}
 */
public record ResidentIdNumber(String value) {

    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public ResidentIdNumber {
        requireNonNull(value, "value");
        value = value.strip();
        if (value.length() != LENGTH || !value.substring(0, LENGTH - 1).chars().allMatch(ResidentIdNumber::isAsciiDigit)) {
            throw CivilityException.of(VolunteerError.ID_FORMAT, "value", maskLoosely(value));
        }
        char last = Character.toUpperCase(value.charAt(LENGTH - 1));
        if (!isAsciiDigit(last) && last != 'X') {
            throw CivilityException.of(VolunteerError.ID_FORMAT, "value", maskLoosely(value));
        }
        value = value.substring(0, LENGTH - 1) + last;
        char expected = checkCharacter(value.substring(0, LENGTH - 1));
        if (expected != last) {
            throw CivilityException.of(VolunteerError.ID_CHECK_DIGIT,
                    "expected", String.valueOf(expected), "actual", String.valueOf(last));
        }
        String digits = value.substring(6, 14);
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw CivilityException.of(VolunteerError.ID_BIRTH_DATE, "birthDate", digits);
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now(ZONE))) {
            throw CivilityException.of(VolunteerError.ID_BIRTH_DATE, "birthDate", digits);
        }
    }

    /** Parses a number as typed by a person; same as the constructor. */
    public static ResidentIdNumber of(String value) {
        return new ResidentIdNumber(value);
    }

    /**
     * The check character of the first 17 digits (weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; sum
     * mod 11 indexes "10X98765432").
     *
     * @param first17 exactly 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1 || !first17.chars().allMatch(ResidentIdNumber::isAsciiDigit)) {
            throw CivilityException.of(VolunteerError.ID_FORMAT, "value", maskLoosely(first17));
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The birth date encoded at positions 7-14. */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** Completed years of age on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate(), date).getYears();
    }

    /** Gender encoded by the 17th digit: odd for male, even for female. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The first 3 and last 4 characters with {@code *} between, e.g. {@code 110***********123X}. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(LENGTH - 7) + value.substring(LENGTH - 4);
    }

    /** The masked form: the full number must never reach a log. */
    @Override
    public String toString() {
        return masked();
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Masks any text that may hold an ID number (all but the first three and last four characters; all of a short
     * one), so error arguments and public views never carry a full number.
     */
    public static String maskLoosely(String text) {
        if (text.length() <= 7) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 3) + "*".repeat(text.length() - 7) + text.substring(text.length() - 4);
    }
}
