package org.civility.core.notice;

import java.util.Locale;
import java.util.Map;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class NoticeMessagesTest {

    private static final String BUNDLE = "org.civility.core.notice.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(NoticeError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, Channel.values(), SubjectKind.values(), DeliveryStatus.values());
    }

    @Test
    @DisplayName("R-NOTE-1 the rejection names the start, the publish time and the minimum lead")
    void theTooLateDetailNamesTheLeadTime() {
        String detail = Messages.detail(NoticeError.TOO_LATE, Locale.SIMPLIFIED_CHINESE,
                Map.of("startsAt", "S", "publishAt", "P", "minLeadHours", 24));

        assertThat(detail).contains("S", "P", "24").doesNotContain("{");
    }
}
