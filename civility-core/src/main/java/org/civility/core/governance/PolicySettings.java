package org.civility.core.governance;

import java.util.Optional;

import org.civility.core.organisation.UnitId;

/**
 * Reads the setting in force at a unit: the tightest of the default and every value set at the
 * unit or above it. Policies receive this, never a raw value.
 */
public interface PolicySettings {

    <T> T effective(SettingKey<T> key, UnitId unit);

    /**
     * The unit whose value is in force at {@code unit} (the highest one if several set the same value), or empty
     * where the key's default is in force. A policy asks this when it matters who decided: R-VEN-2 lets nobody
     * widen a rule for themselves. An implementation that does not know where values come from answers empty,
     * as {@link #defaults()} does; such a policy then fails closed (R-VEN-2: administrators approve nothing).
     */
    default <T> Optional<UnitId> decidedAt(SettingKey<T> key, UnitId unit) {
        return Optional.empty();
    }

    /** Every setting at its default, for tests and portals that configure nothing. */
    static PolicySettings defaults() {
        return new PolicySettings() {
            @Override
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key.defaultValue();
            }
        };
    }
}
