package org.civility.core.lecture;

/**
 * What a lecture may be about: the five things to pass on (五传, DOMAIN §4) and law, science, safety and health (法治,
 * 科普, 安全, 健康). Labels: {@code LectureTheme.<CONSTANT>}.
 */
public enum LectureTheme {
    /** 传思想. */
    THOUGHT,
    /** 传政策. */
    POLICY,
    /** 传道德. */
    MORALITY,
    /** 传文化. */
    CULTURE,
    /** 传技能. */
    SKILLS,
    /** 法治 (普法). */
    LAW,
    /** 科普. */
    SCIENCE,
    /** 安全. */
    SAFETY,
    /** 健康. */
    HEALTH
}
