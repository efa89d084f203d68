package org.civility.core.certificate;

import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

/** Every code and label of the certificate feature has Chinese and English texts. */
class CertificateMessagesTest {

    private static final String BUNDLE = "org.civility.core.certificate.messages";

    @Test
    void everyErrorCodeHasATitleAndDetailInBothLanguages() {
        assertEveryCodeHasTitleAndDetail(CertificateError.values());
    }

    @Test
    void everyEnumLabelExistsInBothLanguages() {
        assertLabelsInBothLanguages(BUNDLE, IdType.values());
    }

    @Test
    void chineseComesFirst() {
        assertThat(Messages.title(CertificateError.NO_RECORDS, null)).isEqualTo("无可证明的服务记录");
        assertThat(Messages.text(BUNDLE, null, "IdType.RESIDENT_ID_CARD", Map.of())).isEqualTo("居民身份证");
    }
}
