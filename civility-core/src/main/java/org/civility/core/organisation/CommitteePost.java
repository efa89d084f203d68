package org.civility.core.organisation;

/** A person's post in the village or community "two committees" (两委). */
public enum CommitteePost {
    /** 党组织书记. */
    PARTY_SECRETARY,
    /** 村（居）委会主任. */
    COMMITTEE_DIRECTOR,
    /** 两委委员. */
    COMMITTEE_MEMBER
}
