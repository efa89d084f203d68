package org.civility.core.recognition;

import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

import org.junit.jupiter.api.Test;

class RecognitionMessagesTest {

    @Test
    void everyCodeHasATitleAndDetailInChineseAndEnglish() {
        assertEveryCodeHasTitleAndDetail(RecognitionError.values());
    }

    @Test
    void everyEnumLabelIsInBothLanguages() {
        assertLabelsInBothLanguages("org.civility.core.recognition.messages", HoursSource.values(),
                EntryKind.values(), Nominee.values());
    }
}
