package org.civility.core.lecture;

/** The five things to pass on (五传, DOMAIN §4) a lecture may be about. Labels: {@code LectureTheme.<CONSTANT>}. */
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
    SKILLS
}
