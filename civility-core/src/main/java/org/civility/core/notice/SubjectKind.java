package org.civility.core.notice;

/** What kind of thing a notice announces. */
public enum SubjectKind {
    ACTIVITY,
    LECTURE,
    APPRAISAL,
    CELEBRATION,
    OTHER
}
