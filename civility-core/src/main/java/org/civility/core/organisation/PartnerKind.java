package org.civility.core.organisation;

/** Kinds of partner organisations (共建单位) that co-run activities (篇3). */
public enum PartnerKind {
    KINDERGARTEN,
    NEIGHBOURHOOD_CENTRE,
    ENTERPRISE,
    SCHOOL,
    OTHER
}
