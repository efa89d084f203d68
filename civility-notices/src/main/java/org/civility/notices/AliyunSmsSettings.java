package org.civility.notices;

import java.net.URI;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Alibaba Cloud SMS ({@code civility.notices.aliyun.*}). {@link #toString()} shows no secret.
 *
 * @param endpoint         {@code endpoint}, default {@value #DEFAULT_ENDPOINT}
 * @param accessKeyId      {@code access-key-id} (or {@code access-key-id-env})
 * @param accessKeySecret  {@code access-key-secret} (or {@code access-key-secret-env})
 * @param signName         {@code sign-name}: the approved signature (签名)
 * @param templateCode     {@code template-code}: the approved notice template, with the variables {@code ${title}},
 *                         {@code ${place}} and {@code ${time}}
 * @param codeTemplateCode {@code code-template-code}: the one-time code template, variable {@code ${code}}; without
 *                         it codes are not sent by this provider
 * @param batchSize        numbers per request, 1 to {@value #MAX_BATCH} (the provider's limit for {@code SendSms});
 *                         {@code batch-size}, default {@value #DEFAULT_BATCH} (the numbers travel in the query
 *                         string, which a thousand numbers make about 14 KB long)
 */
public record AliyunSmsSettings(URI endpoint, String accessKeyId, Secret accessKeySecret, String signName,
                                String templateCode, Optional<String> codeTemplateCode, int batchSize) {

    public static final String DEFAULT_ENDPOINT = "https://dysmsapi.aliyuncs.com";
    public static final int MAX_BATCH = 1000;
    public static final int DEFAULT_BATCH = 100;

    public AliyunSmsSettings {
        requireNonNull(endpoint, "endpoint");
        requireNonNull(accessKeyId, "accessKeyId");
        requireNonNull(accessKeySecret, "accessKeySecret");
        requireNonNull(signName, "signName");
        requireNonNull(templateCode, "templateCode");
        requireNonNull(codeTemplateCode, "codeTemplateCode");
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("aliyun batch-size must be 1 to " + MAX_BATCH);
        }
    }

    @Override
    public String toString() {
        return "AliyunSmsSettings[endpoint=" + endpoint + ", signName=" + signName + ", templateCode=" + templateCode
                + ", codeTemplateCode=" + codeTemplateCode.orElse("-") + ", batchSize=" + batchSize + "]";
    }
}
