package org.civility.core.audit;

import org.junit.jupiter.api.Test;

import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class AuditMessagesTest {

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(AuditError.values());
    }

    @Test
    void everyActionHasALabelInBothLanguages() {
        assertLabelsInBothLanguages("org.civility.core.audit.messages", AuditAction.values());
    }
}
