package org.civility.core.celebration;

import org.junit.jupiter.api.Test;

import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class CelebrationMessagesTest {

    private static final String BUNDLE = "org.civility.core.celebration.messages";

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(CelebrationError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, Festival.values(), CeremonyKind.values(), CeremonyStatus.values());
    }
}
