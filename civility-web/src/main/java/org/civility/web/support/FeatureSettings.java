package org.civility.web.support;

import org.civility.core.governance.SettingKey;

import java.util.List;

/**
 * The governance settings one feature contributes. Each feature produces one of these
 * ({@code @Produces FeatureSettings venueSettings()}); {@link CoreAccess} gathers them all into the
 * {@link org.civility.core.governance.SettingRegistry}, so adding a feature touches no shared list.
 */
public record FeatureSettings(String feature, List<SettingKey<?>> keys) {

    public FeatureSettings {
        keys = List.copyOf(keys);
    }

    public static FeatureSettings of(String feature, SettingKey<?>... keys) {
        return new FeatureSettings(feature, List.of(keys));
    }
}
