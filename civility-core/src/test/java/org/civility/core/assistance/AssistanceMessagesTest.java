package org.civility.core.assistance;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code and label of the assistance feature has Chinese and English texts. */
class AssistanceMessagesTest {

    private static final Locale[] LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};
    private static final String BUNDLE = "org.civility.core.assistance.messages";

    @Test
    void everyErrorCodeHasATitleAndDetailInBothLanguages() {
        for (AssistanceError code : AssistanceError.values()) {
            for (Locale locale : LOCALES) {
                assertThat(Messages.title(code, locale)).as(code.code() + " " + locale).isNotEqualTo(code.code() + ".title");
                assertThat(Messages.detail(code, locale, Map.of())).as(code.code() + " " + locale)
                        .isNotEqualTo(code.code() + ".detail");
            }
        }
    }

    @Test
    void everyEnumLabelExistsInBothLanguages() {
        for (Enum<?>[] values : new Enum<?>[][]{CareCategory.values(), PairingStatus.values()}) {
            for (Enum<?> value : values) {
                String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                for (Locale locale : LOCALES) {
                    assertThat(Messages.text(BUNDLE, locale, key, Map.of())).as(key + " " + locale).isNotEqualTo(key);
                }
            }
        }
    }

    @Test
    void chineseComesFirst() {
        assertThat(Messages.title(AssistanceError.NOT_PAIRED, null)).isEqualTo("非本结对志愿者");
        assertThat(Messages.text(BUNDLE, null, "CareCategory.EMPTY_NEST_ELDER", Map.of())).isEqualTo("空巢老人");
    }
}
