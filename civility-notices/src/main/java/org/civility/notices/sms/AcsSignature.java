package org.civility.notices.sms;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.civility.notices.internal.Digests;

/**
 * Alibaba Cloud's request signature V3, {@code ACS3-HMAC-SHA256}, the one the provider recommends over the older
 * HMAC-SHA1 of query parameters ("V3版本请求体&签名机制"). The canonical request is the method, the path ({@code /}
 * for RPC-style APIs such as Dysmsapi), the sorted and percent-encoded query, the signed headers ({@code host},
 * {@code content-type} if sent, every {@code x-acs-*}) as lower-case {@code name:value} lines, their names joined by
 * {@code ;}, and the hex SHA-256 of the body. The signature is the hex HMAC-SHA256, under the access key secret, of
 * {@code ACS3-HMAC-SHA256\n} and the hex SHA-256 of the canonical request.
 */
final class AcsSignature {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private AcsSignature() {
    }

    /**
     * @param headers the headers to sign, by lower-case name, sorted
     */
    static String canonicalRequest(String method, String path, String canonicalQuery,
                                   SortedMap<String, String> headers, String hashedPayload) {
        String lines = headers.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().strip() + "\n")
                .collect(Collectors.joining());
        return method + "\n" + path + "\n" + canonicalQuery + "\n" + lines + "\n" + signedHeaders(headers) + "\n"
                + hashedPayload;
    }

    static String signedHeaders(Map<String, String> headers) {
        return String.join(";", headers.keySet());
    }

    static String signature(String canonicalRequest, String accessKeySecret) {
        String stringToSign = ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest);
        return Digests.hex(Digests.hmacSha256(accessKeySecret.getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    /** The {@code Authorization} header. */
    static String authorization(String accessKeyId, SortedMap<String, String> headers, String signature) {
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders(headers)
                + ",Signature=" + signature;
    }
}
