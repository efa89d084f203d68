package org.civility.core.lecture;

import java.util.Locale;
import java.util.Map;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class LectureMessagesTest {

    private static final String BUNDLE = "org.civility.core.lecture.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(LectureError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, LectureStatus.values(), LectureTheme.values(), MaterialKind.values(),
                PlanItemSource.values(), LectureRequestStatus.values());
    }

    @Test
    void theTooLargeDetailNamesTheLimit() {
        String detail = Messages.detail(LectureError.MATERIAL_TOO_LARGE, Locale.ENGLISH,
                Map.of("name", "talk.mp4", "kind", "VIDEO", "size", 300, "limitMb", 200));
        assertThat(detail).contains("200 MB").doesNotContain("{");
    }
}
