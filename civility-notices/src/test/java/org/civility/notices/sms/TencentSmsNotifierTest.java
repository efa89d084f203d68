package org.civility.notices.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFixtures.Subscribers;
import org.civility.notices.NoticeFormat;
import org.civility.notices.Secret;
import org.civility.notices.SentLedger;
import org.civility.notices.TencentSmsSettings;
import org.civility.notices.Timeouts;
import org.civility.notices.internal.JsonText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.notices.NoticeFixtures.STATION;
import static org.civility.notices.NoticeFixtures.aNoticeAt;
import static org.civility.notices.NoticeFixtures.again;
import static org.civility.notices.NoticeFixtures.phones;

/** Tencent Cloud's SendSms, with WireMock on 127.0.0.1 standing in for sms.tencentcloudapi.com. */
class TencentSmsNotifierTest {

    static final String SECRET_ID = "AKIDTestSecretId";
    static final String SECRET_KEY = "tencent-test-secret-key-never-shown";
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @RegisterExtension
    static WireMockExtension tencent = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SentLedger ledger = SentLedger.inMemory();

    @AfterEach
    void closeClient() {
        http.close();
    }

    private TencentSmsNotifier notifier(Subscribers subscribers, int batchSize, Duration requestTimeout) {
        TencentSmsSettings settings = new TencentSmsSettings(URI.create("http://127.0.0.1:" + tencent.getPort()),
                "ap-guangzhou", SECRET_ID, new Secret(SECRET_KEY), "1400006666", "文明实践", "1110", Optional.empty(),
                batchSize);
        return new TencentSmsNotifier(settings, http, new Timeouts(Duration.ofSeconds(2), requestTimeout),
                subscribers, ledger, NoticeFormat.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private TencentSmsNotifier notifier(Subscribers subscribers, int batchSize) {
        return notifier(subscribers, batchSize, Duration.ofSeconds(5));
    }

    /** The provider's answer: each number with its code, as SendStatusSet lists them. */
    private static String statuses(String sessionContext, Map<String, String> codeByNumber) {
        String set = codeByNumber.entrySet().stream().map(e -> "{\"SerialNo\":\"5000:1045710669157053657849499619\","
                        + "\"PhoneNumber\":\"+86" + e.getKey() + "\",\"Fee\":1,\"SessionContext\":\"" + sessionContext
                        + "\",\"Code\":\"" + e.getValue() + "\",\"Message\":\"" + ("Ok".equals(e.getValue())
                        ? "send success" : "number +86" + e.getKey() + " refused") + "\",\"IsoCode\":\"CN\"}")
                .collect(Collectors.joining(","));
        return "{\"Response\":{\"SendStatusSet\":[" + set + "],\"RequestId\":\"a0aabda6-cf91-4f3e-a81f-9198114a2279\"}}";
    }

    private static String error(String code) {
        return "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"The provided credentials could not "
                + "be validated. Please check your signature is correct.\"},\"RequestId\":\"ed93f3cb-f35e-473f-b9f3\"}}";
    }

    private static List<LoggedRequest> sendSmsRequests() {
        return tencent.findAll(postRequestedFor(urlPathEqualTo("/")));
    }

    private static JsonObject bodyOf(LoggedRequest request) {
        return JsonText.readObject(request.getBodyAsString()).orElseThrow();
    }

    private static List<String> numbersOf(LoggedRequest request) {
        return bodyOf(request).getJsonArray("PhoneNumberSet").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    @Test
    void sendsTheNoticeInBatchesSignedWithTheDeliveryAsSessionContext() throws Exception {
        NoticeMessage message = aNoticeAt(STATION);
        tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(statuses(message.idempotencyKey(), Map.of(
                "13900000001", "Ok", "13900000002", "Ok", "13900000003", "Ok")))));

        notifier(Subscribers.withPhones(phones(3)), 2).send(Channel.SMS, message);

        List<LoggedRequest> requests = sendSmsRequests();
        assertThat(requests.stream().map(TencentSmsNotifierTest::numbersOf).toList()).containsExactly(
                List.of("+8613900000001", "+8613900000002"), List.of("+8613900000003"));
        for (LoggedRequest request : requests) {
            JsonObject body = bodyOf(request);
            assertThat(body.getString("SessionContext")).isEqualTo(message.idempotencyKey());
            assertThat(body.getString("SmsSdkAppId")).isEqualTo("1400006666");
            assertThat(body.getString("SignName")).isEqualTo("文明实践");
            assertThat(body.getString("TemplateId")).isEqualTo("1110");
            assertThat(body.getJsonArray("TemplateParamSet").getValuesAs(JsonString.class))
                    .extracting(JsonString::getString).containsExactly("社区义诊", "圆东村文化礼堂", "12月5日 09:30");
            assertThat(request.getHeader("X-TC-Action")).isEqualTo("SendSms");
            assertThat(request.getHeader("X-TC-Version")).isEqualTo("2021-01-11");
            assertThat(request.getHeader("X-TC-Region")).isEqualTo("ap-guangzhou");
            assertThat(request.getHeader("X-TC-Timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
            assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
            assertThat(request.getHeader("Authorization"))
                    .matches("TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/2026-12-01/sms/tc3_request, "
                            + "SignedHeaders=content-type;host, Signature=[0-9a-f]{64}")
                    .endsWith("Signature=" + signatureTheProviderComputes(request));
        }
    }

    /** What the provider computes from the request it received, with the secret key it knows. */
    private static String signatureTheProviderComputes(LoggedRequest request) {
        Instant timestamp = Instant.ofEpochSecond(Long.parseLong(request.getHeader("X-TC-Timestamp")));
        String canonical = Tc3Signature.canonicalRequest(request.getHeader("Content-Type"),
                AliyunSmsNotifierTest.hostOf(request), request.getBodyAsString());
        return Tc3Signature.signature(SECRET_KEY, timestamp, "sms",
                Tc3Signature.stringToSign(timestamp, "sms", canonical));
    }

    @Test
    void aNumberOverItsDailyLimitFailsTheDeliveryAndIsTheOnlyOneSentAgain() throws Exception {
        NoticeMessage message = aNoticeAt(STATION);
        tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(statuses(message.idempotencyKey(), Map.of(
                "13900000001", "Ok", "13900000002", "LimitExceeded.PhoneNumberDailyLimit", "13900000003", "Ok")))));
        TencentSmsNotifier notifier = notifier(Subscribers.withPhones(phones(3)), 200);

        assertThatThrownBy(() -> notifier.send(Channel.SMS, message))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessage("tencent: LimitExceeded.PhoneNumberDailyLimit (1 of 3 numbers not accepted; they are "
                        + "sent again on the next attempt)");

        tencent.resetAll();
        tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(statuses(message.idempotencyKey(),
                Map.of("13900000002", "Ok")))));
        notifier.send(Channel.SMS, again(message));
        assertThat(sendSmsRequests()).singleElement().extracting(TencentSmsNotifierTest::numbersOf)
                .isEqualTo(List.of("+8613900000002"));
    }

    @Test
    void anIncorrectNumberIsDroppedAndReportedAndTheDeliveryCountsAsSent() throws Exception {
        NoticeMessage message = aNoticeAt(STATION);
        tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(statuses(message.idempotencyKey(), Map.of(
                "13900000001", "Ok", "13900000002", "InvalidParameterValue.IncorrectPhoneNumber")))));
        Subscribers subscribers = Subscribers.withPhones(phones(2));
        TencentSmsNotifier notifier = notifier(subscribers, 200);

        notifier.send(Channel.SMS, message);

        assertThat(subscribers.rejected)
                .containsExactly(Map.entry("13900000002", "InvalidParameterValue.IncorrectPhoneNumber"));
        tencent.resetRequests();
        notifier.send(Channel.SMS, again(message));
        assertThat(sendSmsRequests()).isEmpty();
    }

    @Test
    void aRefusedSignatureThrowsItsCodeAndNotTheProvidersMessage() {
        tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(error("AuthFailure.SignatureFailure"))));

        assertThatThrownBy(() -> notifier(Subscribers.withPhones(phones(1)), 200).send(Channel.SMS, aNoticeAt(STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessage("tencent: AuthFailure.SignatureFailure (SendSms refused, HTTP 200, request "
                        + "ed93f3cb-f35e-473f-b9f3)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET_KEY, "credentials"));
    }

    @Test
    void aWholeRequestRefusedForAnIncorrectNumberIsTriedNumberByNumber() throws Exception {
        NoticeMessage message = aNoticeAt(STATION);
        tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(
                error("InvalidParameterValue.IncorrectPhoneNumber"))));
        tencent.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("[\"+8613900000001\"]"))
                .willReturn(okJson(statuses(message.idempotencyKey(), Map.of("13900000001", "Ok")))));
        Subscribers subscribers = Subscribers.withPhones(phones(2));

        notifier(subscribers, 200).send(Channel.SMS, message);

        assertThat(sendSmsRequests()).hasSize(3);
        assertThat(subscribers.rejected).containsOnlyKeys("13900000002");
    }

    @Test
    void aServerErrorAndATimeoutThrowWithoutPersonalData() {
        tencent.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
        assertThatThrownBy(() -> notifier(Subscribers.withPhones(phones(1)), 200).send(Channel.SMS, aNoticeAt(STATION)))
                .hasMessage("tencent: HTTP-502 (SendSms refused, HTTP 502, request -)");

        tencent.resetAll();
        tencent.stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{}").withFixedDelay(3_000)));
        assertThatThrownBy(() -> notifier(Subscribers.withPhones(phones(1)), 200, Duration.ofMillis(300))
                .send(Channel.SMS, aNoticeAt(STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessageStartingWith("tencent: TIMEOUT")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("139", "127.0.0.1"));
    }

    @Test
    void aCodeIsRefusedWithoutACodeTemplate() {
        assertThatThrownBy(() -> notifier(Subscribers.withPhones(List.of()), 200).sendCode(
                new org.civility.core.notice.OneTimeCodeMessage(PhoneNumber.of("13812345678"), "482913", NOW)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageNotContaining("13812345678");
    }
}
