package org.civility.notices.wecom;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.civility.core.access.Role;
import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeContent;
import org.civility.core.notice.StaffAlert;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFormat;
import org.civility.notices.Secret;
import org.civility.notices.Timeouts;
import org.civility.notices.WeComSettings;
import org.civility.notices.WeComSettings.MessageType;
import org.civility.notices.internal.JsonText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.notices.NoticeFixtures.OTHER_STATION;
import static org.civility.notices.NoticeFixtures.STARTS_AT;
import static org.civility.notices.NoticeFixtures.STATION;
import static org.civility.notices.NoticeFixtures.aNoticeAt;

/** A unit's WeCom group robot, with WireMock on 127.0.0.1 standing in for qyapi.weixin.qq.com. */
class WeComRobotNotifierTest {

    static final String DEFAULT_KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";
    static final String STATION_KEY = "5f1c2d3e-station-robot-key";
    static final String PATH = "/cgi-bin/webhook/send";

    @RegisterExtension
    static WireMockExtension wecom = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void closeClient() {
        http.close();
    }

    private WeComRobotNotifier notifier(MessageType type, Optional<Secret> defaultKey, Duration requestTimeout) {
        return new WeComRobotNotifier(new WeComSettings(URI.create("http://127.0.0.1:" + wecom.getPort()), defaultKey,
                Map.of(STATION, new Secret(STATION_KEY)), type), http,
                new Timeouts(Duration.ofSeconds(2), requestTimeout), NoticeFormat.defaults());
    }

    private WeComRobotNotifier notifier(MessageType type) {
        return notifier(type, Optional.of(new Secret(DEFAULT_KEY)), Duration.ofSeconds(5));
    }

    private static JsonObject onlyBodyPosted() {
        LoggedRequest request = wecom.findAll(postRequestedFor(urlPathEqualTo(PATH))).get(0);
        return JsonText.readObject(request.getBodyAsString()).orElseThrow();
    }

    @Test
    void postsTheNoticeAsMarkdownToTheUnitsOwnRobot() throws Exception {
        wecom.stubFor(post(urlPathEqualTo(PATH)).withQueryParam("key", equalTo(STATION_KEY))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        notifier(MessageType.MARKDOWN).send(Channel.WECHAT_GROUP, aNoticeAt(STATION));

        JsonObject body = onlyBodyPosted();
        assertThat(body.getString("msgtype")).isEqualTo("markdown");
        assertThat(body.getJsonObject("markdown").getString("content")).isEqualTo(
                "**社区义诊**\n> 时间：12月5日 09:30\n> 地点：圆东村文化礼堂\n\n县医院医生来村里量血压、看慢病，请带上医保卡。");
    }

    @Test
    void postsPlainTextToTheDefaultRobotOfAUnitWithoutItsOwn() throws Exception {
        wecom.stubFor(post(urlPathEqualTo(PATH)).withQueryParam("key", equalTo(DEFAULT_KEY))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        notifier(MessageType.TEXT).send(Channel.WECHAT_GROUP, aNoticeAt(OTHER_STATION));

        JsonObject body = onlyBodyPosted();
        assertThat(body.getString("msgtype")).isEqualTo("text");
        assertThat(body.getJsonObject("text").getString("content")).startsWith("社区义诊\n时间：12月5日 09:30\n");
    }

    @Test
    void aRefusedMessageThrowsTheErrcodeWithoutTheKeyOrTheUrl() {
        wecom.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"api freq out of "
                + "limit, hint: [1733019661_ks], key " + STATION_KEY + "\"}")));

        assertThatThrownBy(() -> notifier(MessageType.MARKDOWN).send(Channel.WECHAT_GROUP, aNoticeAt(STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessage("wecom: errcode-45009 (the robot refused the message)")
                .hasNoCause();
    }

    @Test
    void aTimeoutAndAServerErrorThrowWithoutTheKey() {
        wecom.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"errcode\":0}").withFixedDelay(3_000)));
        assertThatThrownBy(() -> notifier(MessageType.MARKDOWN, Optional.empty(), Duration.ofMillis(300))
                .send(Channel.WECHAT_GROUP, aNoticeAt(STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessageStartingWith("wecom: TIMEOUT")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(STATION_KEY, "key=", "webhook"));

        wecom.resetAll();
        wecom.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> notifier(MessageType.MARKDOWN).send(Channel.WECHAT_GROUP, aNoticeAt(STATION)))
                .hasMessage("wecom: HTTP-500 (the robot's server failed)");
    }

    @Test
    void aUnitWithoutARobotFailsItsDeliveryUntilOneIsConfigured() {
        assertThatThrownBy(() -> notifier(MessageType.MARKDOWN, Optional.empty(), Duration.ofSeconds(5))
                .send(Channel.WECHAT_GROUP, aNoticeAt(OTHER_STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessage("wecom: NO-ROBOT (no robot key is configured for unit " + OTHER_STATION + ")");
        assertThat(wecom.findAll(postRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
    }

    @Test
    void aLongNoticeIsCutToTheRobotsLimit() throws Exception {
        wecom.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        NoticeContent longest = new NoticeContent("社区义诊", "请带上医保卡。".repeat(280), "圆东村文化礼堂", STARTS_AT);

        notifier(MessageType.MARKDOWN).send(Channel.WECHAT_GROUP, aNoticeAt(STATION, longest));

        String posted = onlyBodyPosted().getJsonObject("markdown").getString("content");
        assertThat(posted.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(4096);
        assertThat(posted).endsWith("…");
    }

    @Test
    void refusesStaffAlertsWhichTheGroupsResidentsWouldRead() {
        assertThatThrownBy(() -> notifier(MessageType.MARKDOWN).alert(new StaffAlert(STATION, Role.HEAD,
                "RECORD-CHAIN-BROKEN", Map.of("unit", STATION.toString(), "entries", 12))))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(wecom.getAllServeEvents()).isEmpty();
    }
}
