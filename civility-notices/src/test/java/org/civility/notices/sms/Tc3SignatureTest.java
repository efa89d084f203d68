package org.civility.notices.sms;

import java.time.Instant;

import org.civility.notices.internal.Digests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tencent Cloud's TC3-HMAC-SHA256 against the example of its API 3.0 documentation (DescribeInstances on cvm,
 * timestamp 1551113065, secret key Gu5t9xGARNpq86cd98joQYCN3EXAMPLE).
 */
class Tc3SignatureTest {

    private static final Instant TIMESTAMP = Instant.ofEpochSecond(1551113065);
    private static final String PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    @Test
    void signsTheDocumentedExampleAsTheProviderDoes() {
        String canonical = Tc3Signature.canonicalRequest("application/json; charset=utf-8", "cvm.tencentcloudapi.com",
                PAYLOAD);

        assertThat(canonical).isEqualTo("POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                + "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
                + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        String stringToSign = Tc3Signature.stringToSign(TIMESTAMP, "cvm", canonical);
        assertThat(stringToSign).isEqualTo("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                + "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        String signature = Tc3Signature.signature("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", TIMESTAMP, "cvm", stringToSign);
        assertThat(signature).isEqualTo("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
        assertThat(Tc3Signature.authorization("AKIDEXAMPLE", TIMESTAMP, "cvm", signature)).isEqualTo(
                "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                        + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }

    @Test
    void datesTheScopeInUtcNotInChina() {
        // 2019-02-26 00:44:25 in Beijing is still the 25th in UTC.
        assertThat(Tc3Signature.date(TIMESTAMP)).isEqualTo("2019-02-25");
        assertThat(Digests.sha256Hex("")).startsWith("e3b0c442");
    }
}
