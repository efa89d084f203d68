package org.civility.core.assessment;

import org.junit.jupiter.api.Test;

import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class AssessmentMessagesTest {

    private static final String BUNDLE = "org.civility.core.assessment.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(AssessmentError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, AssessmentRating.values());
    }
}
