package org.civility.notices.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.OneTimeCodeMessage;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.notices.AliyunSmsSettings;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFixtures.Subscribers;
import org.civility.notices.NoticeFormat;
import org.civility.notices.Secret;
import org.civility.notices.SentLedger;
import org.civility.notices.Timeouts;
import org.civility.notices.internal.JsonText;
import org.civility.notices.internal.PercentEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

/** Alibaba Cloud's SendSms, with WireMock on 127.0.0.1 standing in for dysmsapi.aliyuncs.com. */
class AliyunSmsNotifierTest {

    static final String KEY_ID = "LTAI5tTestKeyId";
    static final String SECRET = "aliyun-test-secret-never-shown";
    static final String OK = "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"9006197469364984400\","
            + "\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\"}";

    @RegisterExtension
    static WireMockExtension aliyun = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SentLedger ledger = SentLedger.inMemory();

    @AfterEach
    void closeClient() {
        http.close();
    }

    private AliyunSmsNotifier notifier(Subscribers subscribers, int batchSize, Duration requestTimeout) {
        AliyunSmsSettings settings = new AliyunSmsSettings(URI.create("http://127.0.0.1:" + aliyun.getPort()), KEY_ID,
                new Secret(SECRET), "文明实践", "SMS_465000001", Optional.of("SMS_465000002"), batchSize);
        return new AliyunSmsNotifier(settings, http, new Timeouts(Duration.ofSeconds(2), requestTimeout),
                subscribers, ledger, NoticeFormat.defaults(), Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"),
                ZoneOffset.UTC), () -> "3156853299f313e23d1673dc12e1703d");
    }

    private AliyunSmsNotifier notifier(Subscribers subscribers, int batchSize) {
        return notifier(subscribers, batchSize, Duration.ofSeconds(5));
    }

    private static List<LoggedRequest> sendSmsRequests() {
        return aliyun.findAll(postRequestedFor(urlPathEqualTo("/")));
    }

    private static List<String> numbersOf(LoggedRequest request) {
        return Arrays.asList(request.queryParameter("PhoneNumbers").firstValue().split(","));
    }

    @Test
    void sendsTheNoticeInBatchesSignedAndKeyedByTheDelivery() throws Exception {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK)));
        NoticeMessage message = aNoticeAt(STATION);

        notifier(Subscribers.withPhones(phones(7)), 3).send(Channel.SMS, message);

        List<LoggedRequest> requests = sendSmsRequests();
        assertThat(requests).hasSize(3);
        assertThat(requests.stream().map(AliyunSmsNotifierTest::numbersOf).toList()).containsExactly(
                List.of("13900000001", "13900000002", "13900000003"),
                List.of("13900000004", "13900000005", "13900000006"),
                List.of("13900000007"));
        for (LoggedRequest request : requests) {
            assertThat(request.getHeader("x-acs-action")).isEqualTo("SendSms");
            assertThat(request.getHeader("x-acs-version")).isEqualTo("2017-05-25");
            assertThat(request.getHeader("x-acs-date")).isEqualTo("2026-12-01T02:00:00Z");
            assertThat(request.queryParameter("OutId").firstValue()).isEqualTo(message.idempotencyKey());
            assertThat(request.queryParameter("SignName").firstValue()).isEqualTo("文明实践");
            assertThat(request.queryParameter("TemplateCode").firstValue()).isEqualTo("SMS_465000001");
            assertThat(JsonText.readObject(request.queryParameter("TemplateParam").firstValue()).orElseThrow())
                    .isEqualTo(JsonText.readObject(
                            "{\"title\":\"社区义诊\",\"place\":\"圆东村文化礼堂\",\"time\":\"12月5日 09:30\"}").orElseThrow());
            assertThat(request.getHeader("Authorization"))
                    .matches("ACS3-HMAC-SHA256 Credential=" + KEY_ID + ",SignedHeaders=host;x-acs-action;"
                            + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                            + "Signature=[0-9a-f]{64}")
                    .endsWith("Signature=" + signatureTheProviderComputes(request));
        }
    }

    /** What the provider computes from the request it received, with the secret it knows. */
    private static String signatureTheProviderComputes(LoggedRequest request) {
        Map<String, String> query = new TreeMap<>();
        for (String name : List.of("PhoneNumbers", "SignName", "TemplateCode", "TemplateParam", "OutId")) {
            query.put(name, request.queryParameter(name).firstValue());
        }
        SortedMap<String, String> headers = new TreeMap<>();
        headers.put("host", hostOf(request));
        for (String name : List.of("x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce",
                "x-acs-version")) {
            headers.put(name, request.getHeader(name));
        }
        return AcsSignature.signature(AcsSignature.canonicalRequest("POST", "/",
                PercentEncoding.canonicalQuery(query), headers, request.getHeader("x-acs-content-sha256")), SECRET);
    }

    /** The Host header of an HTTP/1.1 request, the :authority of an HTTP/2 one (the JDK client upgrades to h2c). */
    static String hostOf(LoggedRequest request) {
        String host = request.getHeader("Host");
        return host != null ? host : URI.create(request.getAbsoluteUrl()).getRawAuthority();
    }

    @Test
    void aRateLimitThrowsItsCodeAndNoNumberAndARetrySendsOnlyTheBatchesNotSent() throws Exception {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK)));
        aliyun.stubFor(post(urlPathEqualTo("/")).withQueryParam("PhoneNumbers", containing("13900000004"))
                .willReturn(okJson("{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发小时级流控Permits:5 "
                        + "13900000004\",\"RequestId\":\"8E5B5B8D-9E8C-4E41-A6C5-0D4A3E0D6A11\"}")));
        AliyunSmsNotifier notifier = notifier(Subscribers.withPhones(phones(5)), 3);
        NoticeMessage message = aNoticeAt(STATION);

        assertThatThrownBy(() -> notifier.send(Channel.SMS, message))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessageStartingWith("aliyun: isv.BUSINESS_LIMIT_CONTROL")
                .hasMessageContaining("8E5B5B8D-9E8C-4E41-A6C5-0D4A3E0D6A11")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("139", "社区义诊", SECRET, "Permits"));

        aliyun.resetRequests();
        aliyun.resetMappings();
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK)));
        notifier.send(Channel.SMS, again(message));
        assertThat(sendSmsRequests()).singleElement().extracting(AliyunSmsNotifierTest::numbersOf)
                .isEqualTo(List.of("13900000004", "13900000005"));

        aliyun.resetRequests();
        notifier.send(Channel.SMS, again(again(message)));
        assertThat(sendSmsRequests()).as("every number done: nothing is sent twice").isEmpty();
    }

    @Test
    void aBadSignatureThrowsItsCodeWithoutTheStringToSignTheProviderEchoes() {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"RequestId\":\"A1B2\",\"HostId\":\"dysmsapi.aliyuncs.com\",\"Code\":"
                        + "\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched with our "
                        + "calculation. server string to sign is:POST\\n/\\nOutId=x&PhoneNumbers=13900000001\"}")));

        assertThatThrownBy(() -> notifier(Subscribers.withPhones(phones(1)), 100).send(Channel.SMS, aNoticeAt(STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessage("aliyun: SignatureDoesNotMatch (SendSms refused, HTTP 400, request A1B2)");
    }

    @Test
    void aServerErrorWithoutJsonThrowsItsStatus() {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(503)
                .withBody("<html>Service Unavailable</html>")));

        assertThatThrownBy(() -> notifier(Subscribers.withPhones(phones(2)), 100).send(Channel.SMS, aNoticeAt(STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessage("aliyun: HTTP-503 (SendSms refused, HTTP 503, request -)");
    }

    @Test
    void anAnswerLaterThanTheRequestTimeoutThrowsWithoutTheAddressCalled() {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK).withFixedDelay(3_000)));

        assertThatThrownBy(() -> notifier(Subscribers.withPhones(phones(2)), 100, Duration.ofMillis(300))
                .send(Channel.SMS, aNoticeAt(STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessageStartingWith("aliyun: TIMEOUT")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("127.0.0.1", "139", "PhoneNumbers"));
    }

    @Test
    void anInvalidNumberIsFoundByTryingTheBatchOneByOneDroppedAndReportedWhileTheOthersAreSent() throws Exception {
        String illegal = "{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号\",\"RequestId\":\"R1\"}";
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(OK)));
        aliyun.stubFor(post(urlPathEqualTo("/")).withQueryParam("PhoneNumbers", containing("13900000002"))
                .willReturn(okJson(illegal)));
        Subscribers subscribers = Subscribers.withPhones(phones(3));
        AliyunSmsNotifier notifier = notifier(subscribers, 100);
        NoticeMessage message = aNoticeAt(STATION);

        notifier.send(Channel.SMS, message);

        assertThat(sendSmsRequests().stream().map(AliyunSmsNotifierTest::numbersOf).toList())
                .containsExactlyInAnyOrder(List.of("13900000001", "13900000002", "13900000003"),
                        List.of("13900000001"), List.of("13900000002"), List.of("13900000003"));
        assertThat(subscribers.rejected).containsExactly(Map.entry("13900000002", "isv.MOBILE_NUMBER_ILLEGAL"));

        aliyun.resetRequests();
        notifier.send(Channel.SMS, again(message));
        assertThat(sendSmsRequests()).as("the invalid number is not tried again").isEmpty();
    }

    @Test
    void aUnitWithoutSubscribersIsSentToNobody() throws Exception {
        notifier(Subscribers.withPhones(List.of()), 100).send(Channel.SMS, aNoticeAt(STATION));

        assertThat(sendSmsRequests()).isEmpty();
    }

    @Test
    void sendsAOneTimeCodeThroughTheCodeTemplate() throws Exception {
        aliyun.stubFor(post(urlPathEqualTo("/")).withQueryParam("TemplateCode", equalTo("SMS_465000002"))
                .willReturn(okJson(OK)));
        PhoneNumber phone = PhoneNumber.of("13812345678");

        notifier(Subscribers.withPhones(List.of()), 100).sendCode(new OneTimeCodeMessage(phone, "482913",
                Instant.parse("2026-12-01T02:05:00Z")));

        LoggedRequest request = sendSmsRequests().get(0);
        assertThat(request.queryParameter("PhoneNumbers").firstValue()).isEqualTo("13812345678");
        assertThat(request.queryParameter("TemplateParam").firstValue()).isEqualTo("{\"code\":\"482913\"}");
        assertThat(request.queryParameter("OutId").firstValue()).doesNotContain("13812345678");
    }

    @Test
    void theBatchSizeStaysWithinTheProvidersLimitOfAThousand() {
        assertThatThrownBy(() -> new AliyunSmsSettings(URI.create("https://dysmsapi.aliyuncs.com"), KEY_ID,
                new Secret(SECRET), "文明实践", "SMS_1", Optional.empty(), 1001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AliyunSmsSettings.DEFAULT_BATCH).isBetween(1, AliyunSmsSettings.MAX_BATCH);
    }
}
