package org.civility.core.team;

/** The five categories of "five elders" (五老, R-TEAM-1). Labels: bundle key {@code FiveEldersCategory.<CONSTANT>}. */
public enum FiveEldersCategory {
    /** 老党员. */
    VETERAN_PARTY_MEMBER,
    /** 老干部. */
    RETIRED_CADRE,
    /** 老战士. */
    VETERAN_SOLDIER,
    /** 老教师. */
    RETIRED_TEACHER,
    /** 老模范. */
    FORMER_MODEL_WORKER
}
