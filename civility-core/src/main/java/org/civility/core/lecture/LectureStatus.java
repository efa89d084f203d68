package org.civility.core.lecture;

/** Where a lecture stands (备课 → 授课 → 评课, R-LECT-2). Labels: bundle key {@code LectureStatus.<CONSTANT>}. */
public enum LectureStatus {
    /** 备课: scheduled and prepared, not given yet. */
    PREPARED,
    /** 授课: given, with its attendance. */
    GIVEN,
    /** 评课: reviewed, with a text and a score. */
    REVIEWED;

    /** True for a lecture that counts as held (R-LECT-1). */
    public boolean held() {
        return this != PREPARED;
    }
}
