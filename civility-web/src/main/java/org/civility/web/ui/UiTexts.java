package org.civility.web.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The UI's bundles, one per area of the UI. Chinese is the default; a key the Chinese bundle lacks
 * comes from the English base bundle. The JVM's default locale is never consulted.
 */
public final class UiTexts {

    /** The bundle areas, {@code org.civility.web.ui.<area>}; every key starts with its area. */
    public static final List<String> AREAS = List.of("common", "resident", "volunteer", "station", "dashboard", "institute", "admin",
            "publicity");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private UiTexts() {
    }

    /** Every text of every area in {@code locale} (zh or en). */
    public static Map<String, String> all(Locale locale) {
        Map<String, String> texts = new TreeMap<>();
        for (String area : AREAS) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.civility.web.ui." + area,
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT : locale,
                    UiTexts.class.getClassLoader(), NO_FALLBACK);
            for (String key : bundle.keySet()) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
