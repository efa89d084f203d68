package org.civility.benchmarks.county;

import org.civility.core.volunteer.ResidentIdNumber;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Made-up people: names, resident ID numbers and mobile numbers that pass core's checks but belong to nobody. ID
 * numbers carry the county's address code, a birth date between 1950 and 2005 (adults only, so no guardian consent
 * is needed) and a sequence, and end with the GB 11643 check character ({@link ResidentIdNumber#checkCharacter});
 * within one address code, volunteer number {@code n} maps to a distinct (birth date, sequence) pair, so that
 * numbers are unique as {@code uq_civ_volunteer_resident_id} requires.
 */
public final class FakePeople {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞辉建国文斌波宇浩凯晨欣怡婷雪梅琳晓东海峰志宏佳慧颖倩雨萱子涵梓轩思远嘉俊德福寿春秋";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2005, 12, 31).toEpochDay() - FIRST_BIRTH.toEpochDay() + 1);
    private static final long PAIRS = (long) BIRTH_DAYS * 1000;
    /** A multiplier coprime with {@link #PAIRS}: n -> n * STRIDE mod PAIRS is a permutation that scatters births. */
    private static final long STRIDE = 7_919_993L;
    private static final String[] PHONE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "155", "157", "158", "159", "166", "176", "177", "180", "181", "186", "187", "189",
            "199"};

    private FakePeople() {
    }

    /** A two- or three-character name. */
    public static String name(SplittableRandom random) {
        StringBuilder b = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                .append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    /**
     * The resident ID number of volunteer {@code n} (0-based) of the county with six-digit {@code addressCode}.
     *
     * @throws IllegalArgumentException past the 20 million numbers one address code holds here
     */
    public static String residentId(String addressCode, long n) {
        if (n < 0 || n >= PAIRS) {
            throw new IllegalArgumentException("volunteer number out of range: " + n);
        }
        long pair = Math.floorMod(n * STRIDE, PAIRS);
        LocalDate birth = FIRST_BIRTH.plusDays(pair % BIRTH_DAYS);
        int sequence = (int) (pair / BIRTH_DAYS);
        String first17 = addressCode + "%04d%02d%02d%03d".formatted(birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** An 11-digit mobile number. */
    public static String phone(SplittableRandom random) {
        return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + "%08d".formatted(random.nextInt(100_000_000));
    }
}
