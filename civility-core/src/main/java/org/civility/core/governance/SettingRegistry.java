package org.civility.core.governance;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings a portal lets units configure, by name, so a text command ({@code name}, {@code value})
 * can be turned into a typed {@link SettingKey}. Immutable; each feature contributes its keys and the
 * portal assembles them with {@link #of} or {@link #with}.
 */
public final class SettingRegistry {

    private final Map<String, SettingKey<?>> keys;

    private SettingRegistry(Map<String, SettingKey<?>> keys) {
        this.keys = keys;
    }

    /** @throws IllegalArgumentException if two keys share a name */
    public static SettingRegistry of(SettingKey<?>... keys) {
        return of(Arrays.asList(keys));
    }

    /** @throws IllegalArgumentException if two keys share a name */
    public static SettingRegistry of(Collection<? extends SettingKey<?>> keys) {
        Map<String, SettingKey<?>> byName = new TreeMap<>();
        for (SettingKey<?> key : keys) {
            if (byName.putIfAbsent(key.name(), key) != null) {
                throw new IllegalArgumentException("setting registered twice: " + key.name());
            }
        }
        return new SettingRegistry(byName);
    }

    /** A registry with one more key. @throws IllegalArgumentException if the name is taken */
    public SettingRegistry with(SettingKey<?> key) {
        List<SettingKey<?>> all = new java.util.ArrayList<>(keys.values());
        all.add(key);
        return of(all);
    }

    /** The key of that name, or empty. */
    public Optional<SettingKey<?>> find(String name) {
        return Optional.ofNullable(name).map(keys::get);
    }

    /** Every key, ordered by name. */
    public List<SettingKey<?>> keys() {
        return List.copyOf(keys.values());
    }
}
