package org.civility.core.shared;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks up user-facing texts of {@link ErrorCode}s. Keys are {@code <code>.title} and
 * {@code <code>.detail}; {@code {name}} placeholders are replaced by the named arguments.
 * Chinese (zh-CN) is the default language; a key missing in Chinese falls back to English (the
 * base bundle); the JVM's default locale is never consulted.
 */
public final class Messages {

    /** The default language of every user-facing text. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private Messages() {
    }

    public static String title(ErrorCode code, Locale locale) {
        return text(code, locale, code.code() + ".title", Map.of());
    }

    public static String detail(ErrorCode code, Locale locale, Map<String, ?> args) {
        return text(code, locale, code.code() + ".detail", args);
    }

    /** A text of any bundle by key, with placeholders filled in; the key itself if absent. */
    public static String text(String bundleBaseName, Locale locale, String key, Map<String, ?> args) {
        return text(bundleBaseName, Messages.class.getClassLoader(), locale, key, args);
    }

    /** As {@link #text(String, Locale, String, Map)}, loading the bundle through {@code loader}. */
    public static String text(String bundleBaseName, ClassLoader loader, Locale locale, String key,
                              Map<String, ?> args) {
        Locale effective = locale == null ? DEFAULT_LOCALE : locale;
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleBaseName, effective, loader, NO_FALLBACK);
            pattern = bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            pattern = null;
        }
        if (pattern == null) {
            return key;
        }
        return fill(pattern, args);
    }

    private static String text(ErrorCode code, Locale locale, String key, Map<String, ?> args) {
        return text(code.bundleBaseName(), code.getClass().getClassLoader(), locale, key, args);
    }

    private static String fill(String pattern, Map<String, ?> args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
