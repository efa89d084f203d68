package org.civility.web.elsewhere;

/**
 * Stands for a class of civility-web, which is not on civility-persistence's class path (not even for tests): only
 * {@code LeakyRepository} refers to it, to prove the persistence guard bites.
 */
public final class ProblemCodes {

    private ProblemCodes() {
    }

    public static String conflict() {
        return "CONFLICT";
    }
}
