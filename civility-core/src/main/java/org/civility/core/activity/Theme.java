package org.civility.core.activity;

/** The five things to pass on (五传, DOMAIN §4); an activity carries at least one. */
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
    SKILLS
}
