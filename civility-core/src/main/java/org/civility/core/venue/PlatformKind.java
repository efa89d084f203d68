package org.civility.core.venue;

/** The six service platforms of a station (DOMAIN §2); each bundles existing venues. */
public enum PlatformKind {
    /** 理论宣讲. */
    THEORY_OUTREACH,
    /** 教育服务. */
    EDUCATION,
    /** 文化服务. */
    CULTURE,
    /** 科技科普. */
    SCIENCE,
    /** 健身体育. */
    FITNESS,
    /** 扶贫攻坚 (now rural revitalisation). */
    RURAL_REVITALISATION
}
