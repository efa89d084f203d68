package org.civility.core.order;

import org.junit.jupiter.api.Test;

import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class OrderMessagesTest {

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(OrderError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages("org.civility.core.order.messages", OrderStatus.values());
    }
}
