package org.civility.core.activity;

/**
 * What an activity is about: the five things to pass on (五传, DOMAIN §4), and the content the stations add to them
 * (law 法治, science 科普, safety 安全, health 健康). An activity carries at least one.
 */
public enum Theme {
    /** 思想. */
    THOUGHT,
    /** 政策. */
    POLICY,
    /** 道德. */
    MORALITY,
    /** 文化. */
    CULTURE,
    /** 技能. */
    SKILLS,
    /** 法治. */
    LAW,
    /** 科普. */
    SCIENCE,
    /** 安全. */
    SAFETY,
    /** 健康. */
    HEALTH
}
