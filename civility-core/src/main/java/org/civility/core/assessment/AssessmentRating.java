package org.civility.core.assessment;

/** The grade a station's assessment gives it. Labels: bundle key {@code AssessmentRating.<CONSTANT>}. */
public enum AssessmentRating {
    /** 优秀. */
    EXCELLENT,
    /** 良好. */
    GOOD,
    /** 合格. */
    PASS,
    /** 不合格. */
    FAIL
}
