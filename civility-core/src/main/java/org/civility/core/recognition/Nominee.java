package org.civility.core.recognition;

/** Who is commended. */
public enum Nominee {
    VOLUNTEER, TEAM
}
