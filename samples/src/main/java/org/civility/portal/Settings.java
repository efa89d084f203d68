package org.civility.portal;

import java.util.Optional;

/**
 * The portal's settings: a system property ({@code -Dcivility.demo=true}) or, if that is not set, the
 * environment variable of the same name in capitals with underscores ({@code CIVILITY_DEMO=true}). Read
 * here rather than through server-specific substitution, so the WAR deploys unchanged on any server.
 */
public final class Settings {

    private Settings() {
    }

    /** The value of a setting, blank counting as unset. */
    public static Optional<String> get(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public static String get(String property, String fallback) {
        return get(property).orElse(fallback);
    }

    /** Whether a setting is {@code true} (any case); unset is false. */
    public static boolean flag(String property) {
        return get(property).map(Boolean::parseBoolean).orElse(false);
    }
}
