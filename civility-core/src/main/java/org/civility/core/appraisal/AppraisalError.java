package org.civility.core.appraisal;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the appraisal feature. The rule code equals the rule id of DOMAIN §4 (R-APPR-2: DOMAIN §10). */
public enum AppraisalError implements ErrorCode {
    /**
     * R-APPR-1: one vote per household of the campaign's unit: the household voted already or does not
     * belong to the unit. Args: campaign, household, reason.
     */
    ONE_VOTE_PER_HOUSEHOLD("R-APPR-1", ErrorKind.RULE),
    /** The campaign's phase does not allow the action (R-APPR-1 order). Args: campaign, phase, action. */
    PHASE("APPRAISAL-PHASE", ErrorKind.RULE),
    /** A vote outside the voting window (R-APPR-1). Args: campaign, opens, closes, at. */
    OUTSIDE_WINDOW("APPRAISAL-OUTSIDE-WINDOW", ErrorKind.RULE),
    /** Voting cannot close before its window ends. Args: campaign, closes, at. */
    VOTING_RUNNING("APPRAISAL-VOTING-RUNNING", ErrorKind.RULE),
    /** No award before the public notice period ends (R-APPR-1). Args: campaign, noticeEnds, at. */
    NOTICE_RUNNING("APPRAISAL-NOTICE-RUNNING", ErrorKind.RULE),
    /** No award while objections are open (R-APPR-1). Args: campaign, open. */
    OBJECTIONS_OPEN("APPRAISAL-OBJECTIONS-OPEN", ErrorKind.RULE),
    /** The nomination's status does not allow the action. Args: campaign, nomination, status, action. */
    NOMINATION_STATE("APPRAISAL-NOMINATION-STATE", ErrorKind.RULE),
    /** The objection is resolved already. Args: campaign, objection, status. */
    OBJECTION_RESOLVED("APPRAISAL-OBJECTION-RESOLVED", ErrorKind.RULE),
    /** Voting cannot open without nominations. Args: campaign. */
    NO_NOMINATIONS("APPRAISAL-NO-NOMINATIONS", ErrorKind.RULE),
    /** The nominee is nominated already. Args: campaign, household, person. */
    ALREADY_NOMINATED("APPRAISAL-ALREADY-NOMINATED", ErrorKind.CONFLICT),
    /** The nominee's household is not of the campaign's unit. Args: campaign, household. */
    NOMINEE_OUTSIDE_UNIT("APPRAISAL-NOMINEE-OUTSIDE-UNIT", ErrorKind.RULE),
    /** The actor is no registered voting member of the household. Args: actor, household. */
    NOT_A_MEMBER("APPRAISAL-NOT-A-MEMBER", ErrorKind.FORBIDDEN),
    /** The account votes for another household of the unit already. Args: account, household. */
    VOTER_TAKEN("APPRAISAL-VOTER-TAKEN", ErrorKind.CONFLICT),
    /** The voting window does not close after it opens. Args: opens, closes. */
    WINDOW_INVALID("APPRAISAL-WINDOW-INVALID", ErrorKind.INVALID),
    /**
     * Star thresholds must be 1 to 5 strictly ascending positive vote counts for a star-rated campaign,
     * and absent otherwise. Args: thresholds.
     */
    THRESHOLDS_INVALID("APPRAISAL-THRESHOLDS-INVALID", ErrorKind.INVALID),
    /** Places (how many win) must be 1 or more. Args: places. */
    PLACES_INVALID("APPRAISAL-PLACES-INVALID", ErrorKind.INVALID),
    /** Members of a household must be 1 or more. Args: members. */
    MEMBERS_INVALID("APPRAISAL-MEMBERS-INVALID", ErrorKind.INVALID),
    /**
     * R-APPR-2: a recommendation is confirmed or declined once; it was decided already. Args: recommendation,
     * status, action.
     */
    RECOMMENDATION_DECIDED("APPRAISAL-RECOMMENDATION-DECIDED", ErrorKind.CONFLICT),
    /** A recommendation's text is longer than allowed. Args: field, max (characters). */
    RECOMMENDATION_TOO_LONG("APPRAISAL-RECOMMENDATION-TOO-LONG", ErrorKind.INVALID),
    /** Restored state breaks an invariant (a corrupt row). Args: what, id, reason. */
    STATE_INVALID("APPRAISAL-STATE-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    AppraisalError(String code, ErrorKind kind) {
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
