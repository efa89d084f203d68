package org.civility.portal.notice;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import org.civility.core.notice.Channel;
import org.civility.notices.NoticesSettings;
import org.civility.notices.Provider;
import org.civility.portal.Settings;

import static java.util.Objects.requireNonNull;

/**
 * The portal's {@code civility.notices.*} settings (ADR 0031, 0037): the entries of the properties file named by
 * {@code civility.notices.file} (system property, or the environment variable {@code CIVILITY_NOTICES_FILE}), then
 * the JVM's {@code -Dcivility.notices.*} system properties, which win over the file. The file is read as UTF-8 (sign
 * names are Chinese) and holds full names ({@code civility.notices.sms.provider=aliyun}); secrets may be given as
 * {@code …-env=NAME}, read from the environment.
 *
 * <p>Strict, like {@link NoticesSettings#from(Map)}: a file that cannot be read, an entry of the file outside
 * {@code civility.notices.*}, an unknown or malformed setting, a provider without its settings, or a provider this
 * portal cannot serve fails with an {@link IllegalStateException} whose message names the settings, never a secret
 * value. This portal keeps no mailboxes ({@link VolunteerNoticeRecipients}), so {@code mail} is refused wherever it is
 * chosen: it would send every notice and alert to nobody and count it as sent.
 */
public final class NoticesConfiguration {

    /** The setting that names the properties file. */
    public static final String FILE = "civility.notices.file";

    private static final String PREFIX = "civility.notices.";

    private NoticesConfiguration() {
    }

    /** The settings of this deployment: its system properties, its file and its environment. */
    public static NoticesSettings ofThisPortal() {
        return read(System.getProperties(), Settings.get(FILE).map(String::strip).map(Path::of), System::getenv);
    }

    /**
     * @param systemProperties the JVM's properties; only {@code civility.notices.*} are read
     * @param file             the file named by {@value #FILE}, if any
     * @param environment      where {@code …-env=NAME} settings are looked up
     * @throws IllegalStateException a refused configuration; the message names settings, never secret values
     */
    static NoticesSettings read(Properties systemProperties, Optional<Path> file,
                                Function<String, String> environment) {
        requireNonNull(systemProperties, "systemProperties");
        requireNonNull(environment, "environment");
        Map<String, String> entries = new HashMap<>();
        file.ifPresent(path -> entries.putAll(load(path)));
        for (String name : systemProperties.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                entries.put(name, systemProperties.getProperty(name));
            }
        }
        entries.remove(FILE);
        NoticesSettings settings;
        try {
            settings = NoticesSettings.from(entries, environment);
        } catch (IllegalArgumentException e) {
            // The module's messages name settings and never secret values (ADR 0031); its exception adds nothing.
            throw new IllegalStateException("civility notices: the configuration is refused: " + e.getMessage()
                    + where(file));
        }
        requireNoMail(settings, file);
        return settings;
    }

    private static Map<String, String> load(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("civility notices: " + FILE + " names " + path + ", which is not UTF-8 text");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("civility notices: " + FILE + " names " + path + ", which cannot be read as "
                    + "a properties file");
        }
        Map<String, String> entries = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                throw new IllegalStateException("civility notices: the entry " + name + " of " + path + " is not a "
                        + PREFIX + "* setting (the file holds full names, such as " + PREFIX + "sms.provider)");
            }
            entries.put(name, properties.getProperty(name));
        }
        return entries;
    }

    private static void requireNoMail(NoticesSettings settings, Optional<Path> file) {
        List<String> chosenBy = new ArrayList<>();
        settings.channels().forEach((channel, provider) -> {
            if (provider == Provider.MAIL) {
                chosenBy.add(PREFIX + channelSetting(channel) + ".provider");
            }
        });
        settings.units().forEach((unit, choices) -> choices.forEach((channel, provider) -> {
            if (provider == Provider.MAIL) {
                chosenBy.add(PREFIX + "unit." + unit + "." + channelSetting(channel) + ".provider");
            }
        }));
        if (settings.alerts() == Provider.MAIL) {
            chosenBy.add(PREFIX + "alert.provider");
        }
        if (!chosenBy.isEmpty()) {
            chosenBy.sort(null);
            throw new IllegalStateException("civility notices: the configuration is refused: "
                    + String.join(", ", chosenBy) + " chose mail, but this portal keeps no mailboxes, so every "
                    + "notice or alert would go to nobody" + where(file));
        }
    }

    private static String channelSetting(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String where(Optional<Path> file) {
        return file.map(path -> " (settings from " + path + " and -D" + PREFIX + "*)")
                .orElse(" (settings from -D" + PREFIX + "*)");
    }
}
