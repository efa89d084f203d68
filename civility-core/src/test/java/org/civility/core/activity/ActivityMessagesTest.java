package org.civility.core.activity;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

/** Every code and label of the activity feature has Chinese and English texts. */
class ActivityMessagesTest {

    private static final String BUNDLE = "org.civility.core.activity.messages";
    private static final Locale[] LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    @Test
    void everyErrorCodeHasATitleAndDetailInBothLanguages() {
        assertEveryCodeHasTitleAndDetail(ActivityError.values());
    }

    @Test
    void everyLabelExistsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, PracticeForm.values(), Theme.values(), ActivityStatus.values(),
                ParticipantKind.values(), SignUpStatus.values());
        for (ProgrammeTemplate template : ProgrammeTemplates.all()) {
            String key = "ProgrammeTemplate." + template.code();
            for (Locale locale : LOCALES) {
                assertThat(Messages.text(BUNDLE, locale, key, Map.of())).as(key + " " + locale).isNotEqualTo(key);
            }
        }
    }

    @Test
    void chineseComesFirst() {
        assertThat(Messages.text(BUNDLE, null, "PracticeForm.RECREATION", Map.of())).isEqualTo("乐");
        assertThat(Messages.title(ActivityError.ALREADY_SIGNED_UP, null)).isEqualTo("已报名");
    }
}
