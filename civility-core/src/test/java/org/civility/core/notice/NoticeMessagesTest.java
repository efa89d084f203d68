package org.civility.core.notice;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeMessagesTest {

    private static final String BUNDLE = "org.civility.core.notice.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        for (NoticeError error : NoticeError.values()) {
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                assertThat(Messages.title(error, locale)).as(error + " title " + locale).doesNotEndWith(".title");
                assertThat(Messages.detail(error, locale, Map.of())).as(error + " detail " + locale).doesNotEndWith(".detail");
            }
        }
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        Stream.of(Channel.values(), SubjectKind.values(), DeliveryStatus.values())
                .flatMap(Stream::of)
                .forEach(constant -> {
                    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                    String zh = Messages.text(BUNDLE, Locale.SIMPLIFIED_CHINESE, key, Map.of());
                    String en = Messages.text(BUNDLE, Locale.ENGLISH, key, Map.of());
                    assertThat(zh).as(key).isNotEqualTo(key).isNotEqualTo(en);
                    assertThat(en).as(key).isNotEqualTo(key);
                });
    }

    @Test
    @DisplayName("R-NOTE-1 the rejection names the start, the publish time and the minimum lead")
    void theTooLateDetailNamesTheLeadTime() {
        String detail = Messages.detail(NoticeError.TOO_LATE, Locale.SIMPLIFIED_CHINESE,
                Map.of("startsAt", "S", "publishAt", "P", "minLeadHours", 24));

        assertThat(detail).contains("S", "P", "24").doesNotContain("{");
    }
}
