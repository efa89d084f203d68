package org.civility.core.memory;

import org.civility.core.governance.LocalSetting;
import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.organisation.UnitId;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PolicySettingsRepository} in memory: thread-safe, stores immutable copies. */
public final class InMemoryPolicySettingsRepository implements PolicySettingsRepository {

    private final Map<UnitId, Map<String, LocalSetting>> byUnit = new ConcurrentHashMap<>();

    @Override
    public Map<String, LocalSetting> find(UnitId unit) {
        return byUnit.getOrDefault(unit, Map.of());
    }

    @Override
    public void store(UnitId unit, Map<String, LocalSetting> settings) {
        Map<String, LocalSetting> copy = Map.copyOf(settings);
        if (copy.isEmpty()) {
            byUnit.remove(unit);
        } else {
            byUnit.put(unit, copy);
        }
    }
}
