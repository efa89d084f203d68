package org.civility.core.matching;

import org.junit.jupiter.api.Test;

import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;

class MatchingMessagesTest {

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(MatchingError.values());
    }
}
