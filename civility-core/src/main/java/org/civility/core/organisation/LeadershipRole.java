package org.civility.core.organisation;

/** A seat in a station's leadership (R-ORG-2). */
public enum LeadershipRole {
    /** 站长, held by the party secretary. */
    HEAD,
    /** 副站长, held by the committee director. */
    DEPUTY_HEAD,
    /** 成员, held by another two-committee member. */
    MEMBER
}
