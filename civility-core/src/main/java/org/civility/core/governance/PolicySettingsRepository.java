package org.civility.core.governance;

import org.civility.core.organisation.UnitId;

import java.util.Map;

/**
 * Where the settings each unit has set are kept, as stored text by setting name, each with who set
 * it and when. Values are validated by {@link GovernanceService} before they get here.
 */
public interface PolicySettingsRepository {

    /** The settings set at the unit itself (not inherited), by name; empty if none, never null. */
    Map<String, LocalSetting> find(UnitId unit);

    /** Replaces every setting of the unit with {@code settings}; an empty map clears them. */
    void store(UnitId unit, Map<String, LocalSetting> settings);
}
