package org.civility.core.appraisal;

import org.junit.jupiter.api.Test;

import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class AppraisalMessagesTest {

    private static final String BUNDLE = "org.civility.core.appraisal.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(AppraisalError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, AppraisalKind.values(), CampaignPhase.values(), NominationStatus.values(),
                ObjectionStatus.values(), RecommendationStatus.values());
    }
}
