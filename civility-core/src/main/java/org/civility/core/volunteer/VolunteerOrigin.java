package org.civility.core.volunteer;

/** Where a volunteer comes from (DOMAIN §3). Labels: bundle key {@code VolunteerOrigin.<CONSTANT>}. */
public enum VolunteerOrigin {
    /** 社区工作者. */
    COMMUNITY_STAFF,
    /** 集体企业职工. */
    COLLECTIVE_ENTERPRISE,
    /** 退休文化工作者. */
    RETIRED_CULTURE_WORKER,
    /** 大学生. */
    COLLEGE_STUDENT,
    /** 返乡创业人员. */
    RETURNING_ENTREPRENEUR,
    /** 在职党员. */
    SERVING_PARTY_MEMBER,
    /** 先进人物: models, moral exemplars and other advanced individuals. */
    ADVANCED_INDIVIDUAL,
    /** 文艺志愿者: art and culture volunteers. */
    ART_VOLUNTEER,
    /** 居民. */
    RESIDENT,
    /** 其他. */
    OTHER
}
