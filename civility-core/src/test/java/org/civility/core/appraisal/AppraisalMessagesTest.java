package org.civility.core.appraisal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppraisalMessagesTest {

    private static final String BUNDLE = "org.civility.core.appraisal.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        for (AppraisalError error : AppraisalError.values()) {
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                assertThat(Messages.title(error, locale)).as(error + " title " + locale).doesNotEndWith(".title");
                assertThat(Messages.detail(error, locale, Map.of())).as(error + " detail " + locale).doesNotEndWith(".detail");
            }
        }
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        Stream.of(AppraisalKind.values(), CampaignPhase.values(), NominationStatus.values(), ObjectionStatus.values())
                .flatMap(Stream::of)
                .forEach(constant -> {
                    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                    String zh = Messages.text(BUNDLE, Locale.SIMPLIFIED_CHINESE, key, Map.of());
                    String en = Messages.text(BUNDLE, Locale.ENGLISH, key, Map.of());
                    assertThat(zh).as(key).isNotEqualTo(key).isNotEqualTo(en);
                    assertThat(en).as(key).isNotEqualTo(key);
                });
    }
}
