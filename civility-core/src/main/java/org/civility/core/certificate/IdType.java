package org.civility.core.certificate;

/** The kind of identity document whose number a certificate carries (有效身份证件类型). */
public enum IdType {
    /** 居民身份证: the only document volunteers register with today. */
    RESIDENT_ID_CARD
}
