package org.civility.core.celebration;

/** The family ceremonies the red-and-white affairs council (红白理事会) registers. */
public enum CeremonyKind {
    /** 婚事 (红事). */
    WEDDING,
    /** 丧事 (白事). */
    FUNERAL
}
