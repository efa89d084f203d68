package org.civility.persistence.elsewhere;

/** Stands in for a class of civility-persistence, which is not on this module's class path. */
public final class StorageInternals {

    private StorageInternals() {
    }

    public static String table() {
        return "civ_notice";
    }
}
