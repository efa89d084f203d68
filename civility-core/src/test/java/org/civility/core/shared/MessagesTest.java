package org.civility.core.shared;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void chineseIsTheDefaultLanguage() {
        var e = CivilityException.of(SharedError.REQUIRED, "field", "name");

        assertThat(e.title(null)).isEqualTo("缺少必填项");
        assertThat(e.detail(Locale.SIMPLIFIED_CHINESE)).isEqualTo("name 为必填项。");
    }

    @Test
    void englishIsTheFallbackAndTheSecondLanguage() {
        var e = CivilityException.of(SharedError.REQUIRED, "field", "name");

        assertThat(e.title(Locale.ENGLISH)).isEqualTo("Missing value");
        assertThat(e.title(Locale.FRENCH)).isEqualTo("Missing value");
        assertThat(e.detail(Locale.US)).isEqualTo("name is required.");
    }

    @Test
    void everyPageRequestIsBounded() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PageRequest(0, 10_000))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("PAGE-INVALID"));
    }
}
