package org.civility.core.governance;

import org.civility.core.organisation.UnitId;

/**
 * Reads the setting in force at a unit: the tightest of the default and every value set at the
 * unit or above it. Policies receive this, never a raw value.
 */
public interface PolicySettings {

    <T> T effective(SettingKey<T> key, UnitId unit);

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
