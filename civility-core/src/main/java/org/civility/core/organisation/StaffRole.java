package org.civility.core.organisation;

/** What a staff member does at a unit (篇9). */
public enum StaffRole {
    /** 领导小组: organises, coordinates, supervises, trains. */
    LEADERSHIP_GROUP,
    /** 宣讲员: lectures. */
    LECTURER,
    /** 管理员: runs activities and daily work. */
    ADMINISTRATOR
}
