package org.civility.core.recognition;

/** Where credited hours came from (kept apart, DOMAIN §6a). */
public enum HoursSource {
    SELF_CHECK_IN, ADMIN_MAKE_UP, IMPORT
}
