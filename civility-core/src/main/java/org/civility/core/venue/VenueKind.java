package org.civility.core.venue;

/** What kind of place a venue (阵地) is. */
public enum VenueKind {
    /** 党员活动室. */
    PARTY_MEMBER_ROOM,
    /** 道德讲堂. */
    ETHICS_HALL,
    /** 图书室. */
    LIBRARY,
    /** 健身广场. */
    FITNESS_SQUARE,
    /** 农家书屋. */
    FARMHOUSE_BOOKSHOP,
    /** 学校教室. */
    SCHOOL_ROOM,
    /** 文化礼堂. */
    CULTURE_HALL,
    /** Any other place. */
    OTHER
}
