package org.civility.core.volunteer;

/** Gender as encoded in a resident ID number (17th digit odd = male). */
public enum Gender {
    MALE,
    FEMALE
}
