package org.civility.web.elsewhere;

/** Stands in for a class of civility-web, which is not on this module's class path. */
public final class ProblemCodes {

    private ProblemCodes() {
    }

    public static String of(String code) {
        return code;
    }
}
