package org.civility.core.record;

/** Where an entry's time comes from; self-recorded and administrator-entered time are kept apart (DOMAIN §6a). */
public enum RecordSource {
    SELF_CHECK_IN,
    ADMIN_MAKE_UP,
    IMPORT
}
