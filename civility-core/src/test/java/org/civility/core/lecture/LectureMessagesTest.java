package org.civility.core.lecture;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LectureMessagesTest {

    private static final String BUNDLE = "org.civility.core.lecture.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        for (LectureError error : LectureError.values()) {
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                assertThat(Messages.title(error, locale)).as(error + " title " + locale).doesNotEndWith(".title");
                assertThat(Messages.detail(error, locale, Map.of())).as(error + " detail " + locale).doesNotEndWith(".detail");
            }
        }
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        Stream.of(LectureStatus.values(), LectureTheme.values(), MaterialKind.values(), PlanItemSource.values(),
                        LectureRequestStatus.values())
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
    void theTooLargeDetailNamesTheLimit() {
        String detail = Messages.detail(LectureError.MATERIAL_TOO_LARGE, Locale.ENGLISH,
                Map.of("name", "talk.mp4", "kind", "VIDEO", "size", 300, "limitMb", 200));
        assertThat(detail).contains("200 MB").doesNotContain("{");
    }
}
