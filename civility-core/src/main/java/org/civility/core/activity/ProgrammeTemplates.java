package org.civility.core.activity;

import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in catalogue of seasonal programmes (篇3), one per season. */
public final class ProgrammeTemplates {

    /** Spring: Learn-from-Lei-Feng month (学雷锋), March; Lei Feng Day is 5 March. */
    public static final ProgrammeTemplate LEARN_FROM_LEI_FENG = new ProgrammeTemplate("LEARN_FROM_LEI_FENG",
            "学雷锋志愿服务", PracticeForm.ASSISTANCE, Set.of(Theme.MORALITY, Theme.THOUGHT),
            MonthDay.of(3, 1), MonthDay.of(3, 31), Duration.ofHours(3),
            "春季学雷锋志愿服务月：志愿者走进村（社区）开展便民服务、环境整治和关爱帮扶。");

    /** Summer: cooling relief for outdoor workers and elders (夏季送清凉), July and August. */
    public static final ProgrammeTemplate SUMMER_COOLING = new ProgrammeTemplate("SUMMER_COOLING",
            "夏季送清凉", PracticeForm.ASSISTANCE, Set.of(Theme.MORALITY, Theme.SKILLS),
            MonthDay.of(7, 1), MonthDay.of(8, 31), Duration.ofHours(2),
            "夏季送清凉：为环卫工人、户外劳动者和高龄老人送去防暑用品，普及防暑知识。");

    /** Autumn: visits to elders (金秋敬老), September and October (Double Ninth). */
    public static final ProgrammeTemplate AUTUMN_ELDERS = new ProgrammeTemplate("AUTUMN_ELDERS",
            "金秋敬老", PracticeForm.ASSISTANCE, Set.of(Theme.MORALITY, Theme.CULTURE),
            MonthDay.of(9, 1), MonthDay.of(10, 31), Duration.ofHours(3),
            "金秋敬老：重阳前后走访慰问空巢、高龄老人，开展敬老文艺活动。");

    /** Winter: hardship visits (冬季送温暖), December to February. */
    public static final ProgrammeTemplate WINTER_WARMTH = new ProgrammeTemplate("WINTER_WARMTH",
            "冬季送温暖", PracticeForm.ASSISTANCE, Set.of(Theme.MORALITY, Theme.POLICY),
            MonthDay.of(12, 1), MonthDay.of(2, 28), Duration.ofHours(3),
            "冬季送温暖：走访慰问困难家庭、留守儿童和孤寡老人，宣讲惠民政策。");

    private static final List<ProgrammeTemplate> ALL = List.of(LEARN_FROM_LEI_FENG, SUMMER_COOLING, AUTUMN_ELDERS,
            WINTER_WARMTH);

    private ProgrammeTemplates() {
    }

    /** The catalogue in season order (spring first). */
    public static List<ProgrammeTemplate> all() {
        return ALL;
    }

    public static Optional<ProgrammeTemplate> byCode(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
