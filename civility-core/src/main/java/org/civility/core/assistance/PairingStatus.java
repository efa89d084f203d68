package org.civility.core.assistance;

/** Whether a care recipient has an active pairing, as shown to those who may not see the details. */
public enum PairingStatus {
    UNPAIRED,
    PAIRED
}
