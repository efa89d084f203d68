package org.civility.core.team;

/** The five kinds of team (五支队伍, DOMAIN §3). Labels: bundle key {@code TeamKind.<CONSTANT>}. */
public enum TeamKind {
    /** 专家队伍. */
    EXPERT,
    /** 专业队伍: artists, lawyers, doctors, technicians, successful farmers. */
    PROFESSIONAL,
    /** 志愿者队伍. */
    VOLUNTEER,
    /** 五老队伍: every member belongs to one of the five categories (R-TEAM-1). */
    FIVE_ELDERS,
    /** 草根宣讲队伍: good people and model families telling their own stories. */
    GRASSROOTS_SPEAKER
}
