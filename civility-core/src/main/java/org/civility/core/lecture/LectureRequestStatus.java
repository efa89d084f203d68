package org.civility.core.lecture;

/** A resident's lecture request: open until a study plan takes it. Labels: {@code LectureRequestStatus.<CONSTANT>}. */
public enum LectureRequestStatus {
    OPEN,
    ADOPTED
}
