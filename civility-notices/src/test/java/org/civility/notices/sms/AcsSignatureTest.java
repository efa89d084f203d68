package org.civility.notices.sms;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.civility.notices.internal.Digests;
import org.civility.notices.internal.PercentEncoding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alibaba Cloud's signature V3 against the example of its documentation ("V3版本请求体&签名机制": RunInstances on
 * ecs.cn-shanghai, key YourAccessKeyId / YourAccessKeySecret, 2023-10-26T10:22:32Z).
 */
class AcsSignatureTest {

    private static SortedMap<String, String> documentedHeaders() {
        SortedMap<String, String> headers = new TreeMap<>();
        headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
        headers.put("x-acs-action", "RunInstances");
        headers.put("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        headers.put("x-acs-date", "2023-10-26T10:22:32Z");
        headers.put("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d");
        headers.put("x-acs-version", "2014-05-26");
        return headers;
    }

    private static String documentedQuery() {
        return PercentEncoding.canonicalQuery(Map.of("RegionId", "cn-shanghai",
                "ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"));
    }

    @Test
    void signsTheDocumentedExampleAsTheProviderDoes() {
        String canonical = AcsSignature.canonicalRequest("POST", "/", documentedQuery(), documentedHeaders(),
                Digests.sha256Hex(""));

        assertThat(documentedQuery())
                .isEqualTo("ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai");
        assertThat(Digests.sha256Hex(canonical))
                .isEqualTo("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
        String signature = AcsSignature.signature(canonical, "YourAccessKeySecret");
        assertThat(signature).isEqualTo("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
        assertThat(AcsSignature.authorization("YourAccessKeyId", documentedHeaders(), signature)).isEqualTo(
                "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                        + "x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    }

    @Test
    void percentEncodesAsRfc3986WithSpacesAsPercentTwentyAndTildesKept() {
        assertThat(PercentEncoding.encode("a b*c~d+e/f,g")).isEqualTo("a%20b%2Ac~d%2Be%2Ff%2Cg");
        assertThat(PercentEncoding.encode("圆东")).isEqualTo("%E5%9C%86%E4%B8%9C");
    }
}
