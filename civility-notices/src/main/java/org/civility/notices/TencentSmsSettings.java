package org.civility.notices;

import java.net.URI;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Tencent Cloud SMS ({@code civility.notices.tencent.*}). {@link #toString()} shows no secret.
 *
 * @param endpoint       {@code endpoint}, default {@value #DEFAULT_ENDPOINT}
 * @param region         {@code region}, default {@value #DEFAULT_REGION}
 * @param secretId       {@code secret-id} (or {@code secret-id-env})
 * @param secretKey      {@code secret-key} (or {@code secret-key-env})
 * @param sdkAppId       {@code sdk-app-id}: the SMS application (SmsSdkAppId)
 * @param signName       {@code sign-name}: the approved signature (签名)
 * @param templateId     {@code template-id}: the approved notice template, with {@code {1}} title, {@code {2}}
 *                       place, {@code {3}} time
 * @param codeTemplateId {@code code-template-id}: the one-time code template, {@code {1}} the code; without it
 *                       codes are not sent by this provider
 * @param batchSize      numbers per request, 1 to {@value #MAX_BATCH} (the provider's limit); {@code batch-size},
 *                       default {@value #MAX_BATCH}
 */
public record TencentSmsSettings(URI endpoint, String region, String secretId, Secret secretKey, String sdkAppId,
                                 String signName, String templateId, Optional<String> codeTemplateId, int batchSize) {

    public static final String DEFAULT_ENDPOINT = "https://sms.tencentcloudapi.com";
    public static final String DEFAULT_REGION = "ap-guangzhou";
    public static final int MAX_BATCH = 200;

    public TencentSmsSettings {
        requireNonNull(endpoint, "endpoint");
        requireNonNull(region, "region");
        requireNonNull(secretId, "secretId");
        requireNonNull(secretKey, "secretKey");
        requireNonNull(sdkAppId, "sdkAppId");
        requireNonNull(signName, "signName");
        requireNonNull(templateId, "templateId");
        requireNonNull(codeTemplateId, "codeTemplateId");
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("tencent batch-size must be 1 to " + MAX_BATCH);
        }
    }

    @Override
    public String toString() {
        return "TencentSmsSettings[endpoint=" + endpoint + ", region=" + region + ", sdkAppId=" + sdkAppId
                + ", signName=" + signName + ", templateId=" + templateId + ", codeTemplateId="
                + codeTemplateId.orElse("-") + ", batchSize=" + batchSize + "]";
    }
}
