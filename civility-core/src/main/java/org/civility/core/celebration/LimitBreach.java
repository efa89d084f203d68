package org.civility.core.celebration;

import static java.util.Objects.requireNonNull;

/**
 * One village limit a ceremony exceeds.
 *
 * @param setting   the setting's name, e.g. {@code celebration.wedding.max-tables}
 * @param limit     the limit in force
 * @param requested what the household asked for
 */
public record LimitBreach(String setting, long limit, long requested) {

    public LimitBreach {
        requireNonNull(setting, "setting");
    }

    @Override
    public String toString() {
        return setting + "=" + limit + " (requested " + requested + ")";
    }
}
