package org.civility.web.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the UI's scripts ask for exists in Chinese and in English. */
class UiTextsTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/META-INF/resources/ui");
    /** t('key') and t("key") calls, and the keys given to field(), table() and page titles. */
    private static final Pattern KEY = Pattern.compile("['\"]((?:" + String.join("|", UiTexts.AREAS) + ")\\.[A-Za-z0-9_.]+)['\"]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Map<String, String> zh = UiTexts.all(Locale.SIMPLIFIED_CHINESE);
        Map<String, String> en = UiTexts.all(Locale.ENGLISH);
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(zh.get("common.signIn")).isEqualTo("登录");
        assertThat(en.get("common.signIn")).isEqualTo("Sign in");
    }

    @Test
    void everyKeyTheScriptsUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(UiTexts.all(Locale.SIMPLIFIED_CHINESE).keySet()).containsAll(used);
        assertThat(UiTexts.all(Locale.ENGLISH).keySet()).containsAll(used);
    }
}
