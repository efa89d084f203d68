package org.civility.core.record;

import static java.util.Objects.requireNonNull;

/**
 * The volunteer service a set of units recorded in a period, summed: what {@link ServiceRecordRepository#serviceTotal}
 * answers.
 *
 * @param minutes    the minutes of the effective entries (not corrected by another) with time starting in the period
 * @param volunteers how many different volunteers those entries belong to
 * @param entries    how many such entries
 */
public record ServiceTotal(long minutes, int volunteers, int entries) {

    /** No service at all. */
    public static final ServiceTotal NONE = new ServiceTotal(0, 0, 0);

    public ServiceTotal {
        if (minutes < 0 || volunteers < 0 || entries < 0 || volunteers > entries) {
            throw new IllegalArgumentException("minutes " + minutes + ", volunteers " + volunteers + ", entries "
                    + entries);
        }
    }
}
