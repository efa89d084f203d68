package org.civility.core.volunteer;

/** How a guardian who consents for a minor is related to them. */
public enum GuardianRelation {
    /** 父亲. */
    FATHER,
    /** 母亲. */
    MOTHER,
    /** (外)祖父母. */
    GRANDPARENT,
    /** 其他法定监护人. */
    OTHER_LEGAL_GUARDIAN
}
