package org.civility.core.account;

import org.junit.jupiter.api.Test;

import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class AccountMessagesTest {

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(AccountError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages("org.civility.core.account.messages", AccountState.values(),
                CredentialKind.values());
    }
}
