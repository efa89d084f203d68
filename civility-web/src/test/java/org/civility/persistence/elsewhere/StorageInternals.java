package org.civility.persistence.elsewhere;

/**
 * Stands for a class of civility-persistence, which is not on civility-web's class path (not even for tests): only
 * {@code LeakyResource} refers to it, to prove the web guard bites.
 */
public class StorageInternals {

    public int rows() {
        return 0;
    }
}
