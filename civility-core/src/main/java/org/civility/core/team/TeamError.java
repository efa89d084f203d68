package org.civility.core.team;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the team feature. */
public enum TeamError implements ErrorCode {
    /** R-TEAM-1: a five-elders member must belong to one of the five categories. Args: team, volunteer. */
    FIVE_ELDERS_CATEGORY_REQUIRED(FiveEldersMembershipPolicy.RULE, ErrorKind.RULE),
    /** The volunteer is a member already. Args: team, volunteer. */
    ALREADY_MEMBER("TEAM-ALREADY-MEMBER", ErrorKind.CONFLICT),
    /** The volunteer is no member. Args: team, volunteer. */
    NOT_MEMBER("TEAM-NOT-MEMBER", ErrorKind.CONFLICT),
    /** The volunteer's home unit lies outside the team's unit subtree. Args: team, volunteer (never the home unit). */
    MEMBER_OUTSIDE_UNIT("TEAM-MEMBER-OUTSIDE-UNIT", ErrorKind.RULE),
    /** A team name is blank or too long. Args: max. */
    NAME_INVALID("TEAM-NAME-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    TeamError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
