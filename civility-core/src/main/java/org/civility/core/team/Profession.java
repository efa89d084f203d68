package org.civility.core.team;

/** What a member of a professional team (专业队伍) does. Labels: bundle key {@code Profession.<CONSTANT>}. */
public enum Profession {
    /** 文艺工作者. */
    ARTIST,
    /** 律师. */
    LAWYER,
    /** 医生. */
    DOCTOR,
    /** 技术人员. */
    TECHNICIAN,
    /** 致富能手. */
    SUCCESSFUL_FARMER,
    /** 其他. */
    OTHER
}
