package org.civility.core.notice;

/** How a notice reaches people (DOMAIN §7). */
public enum Channel {
    /** A text message to the unit's residents. */
    SMS,
    /** A post in the unit's WeChat group. */
    WECHAT_GROUP,
    /** A printed poster on the notice board. */
    POSTER
}
