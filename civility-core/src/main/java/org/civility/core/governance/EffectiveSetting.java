package org.civility.core.governance;

import org.civility.core.organisation.UnitId;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A setting as it stands at a unit.
 *
 * @param name         the setting's name
 * @param value        the effective value, as text
 * @param defaultValue the default from {@code DOMAIN.md}, as text
 * @param source       the unit whose value is in force (the highest one if several set the same
 *                     value); empty when the default is in force
 * @param localValue   the value set at this unit itself, if any (it may be overridden by a
 *                     tighter value set above later)
 * @param setBy        who set the value in force at its source unit; empty at the default, or for a
 *                     value stored before setters were kept
 * @param setAt        when the value in force was set; empty like {@code setBy}
 */
public record EffectiveSetting(String name, String value, String defaultValue, Optional<UnitId> source,
                               Optional<String> localValue, Optional<String> setBy, Optional<Instant> setAt) {

    public EffectiveSetting {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        requireNonNull(defaultValue, "defaultValue");
        requireNonNull(source, "source");
        requireNonNull(localValue, "localValue");
        requireNonNull(setBy, "setBy");
        requireNonNull(setAt, "setAt");
    }

    /** True if the default is in force. */
    public boolean isDefault() {
        return source.isEmpty();
    }
}
