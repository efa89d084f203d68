package org.civility.core.assistance;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

/** Every code and label of the assistance feature has Chinese and English texts. */
class AssistanceMessagesTest {

    private static final String BUNDLE = "org.civility.core.assistance.messages";

    @Test
    void everyErrorCodeHasATitleAndDetailInBothLanguages() {
        assertEveryCodeHasTitleAndDetail(AssistanceError.values());
    }

    @Test
    void everyEnumLabelExistsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, CareCategory.values(), PairingStatus.values());
    }

    @Test
    void chineseComesFirst() {
        assertThat(Messages.title(AssistanceError.NOT_PAIRED, null)).isEqualTo("非本结对志愿者");
        assertThat(Messages.text(BUNDLE, null, "CareCategory.EMPTY_NEST_ELDER", Map.of())).isEqualTo("空巢老人");
    }
}
