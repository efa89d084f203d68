package org.civility.notices.sms;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.civility.notices.internal.Digests;

/**
 * Tencent Cloud API 3.0's signature, {@code TC3-HMAC-SHA256}, for a JSON {@code POST /}: the canonical request
 * signs {@code content-type} and {@code host} and the hex SHA-256 of the body; the string to sign adds the request
 * time and the scope {@code <UTC date>/<service>/tc3_request}; the key is derived from the secret key by HMACs over
 * the date, the service and {@code tc3_request}.
 */
final class Tc3Signature {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    static final String SIGNED_HEADERS = "content-type;host";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Tc3Signature() {
    }

    static String canonicalRequest(String contentType, String host, String payload) {
        return "POST\n/\n\ncontent-type:" + contentType.strip().toLowerCase(java.util.Locale.ROOT) + "\nhost:"
                + host.strip().toLowerCase(java.util.Locale.ROOT) + "\n\n" + SIGNED_HEADERS + "\n"
                + Digests.sha256Hex(payload);
    }

    /** The date of the credential scope: the UTC date of the request time. */
    static String date(Instant timestamp) {
        return DATE.format(timestamp);
    }

    static String stringToSign(Instant timestamp, String service, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp.getEpochSecond() + "\n" + date(timestamp) + "/" + service
                + "/tc3_request\n" + Digests.sha256Hex(canonicalRequest);
    }

    static String signature(String secretKey, Instant timestamp, String service, String stringToSign) {
        byte[] secretDate = Digests.hmacSha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date(timestamp));
        byte[] secretService = Digests.hmacSha256(secretDate, service);
        byte[] secretSigning = Digests.hmacSha256(secretService, "tc3_request");
        return Digests.hex(Digests.hmacSha256(secretSigning, stringToSign));
    }

    /** The {@code Authorization} header. */
    static String authorization(String secretId, Instant timestamp, String service, String signature) {
        return ALGORITHM + " Credential=" + secretId + "/" + date(timestamp) + "/" + service + "/tc3_request, "
                + "SignedHeaders=" + SIGNED_HEADERS + ", Signature=" + signature;
    }
}
