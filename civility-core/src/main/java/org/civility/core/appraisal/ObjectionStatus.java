package org.civility.core.appraisal;

/** Where an objection stands. */
public enum ObjectionStatus {
    OPEN,
    /** The objection holds: the nomination is withdrawn. */
    UPHELD,
    /** The objection does not hold: the nomination goes back on notice. */
    DISMISSED
}
