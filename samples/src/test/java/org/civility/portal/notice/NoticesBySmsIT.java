package org.civility.portal.notice;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.civility.core.organisation.UnitId;
import org.civility.portal.Api;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged portal configured, as an integrator would, to send 圆东村's SMS notices through Alibaba Cloud (here a
 * stand-in on 127.0.0.1 that answers as SendSms does): a notice of that station reaches its six demo volunteers in
 * one request, its WeChat group post still goes to the log (as would the other stations' SMS), and neither the secret
 * given through the environment nor a volunteer's number appears in the log (ADR 0037).
 */
@OwnPortal
class NoticesBySmsIT {

    private static final String SECRET = "it-aliyun-secret-" + UUID.randomUUID();
    private static final List<String> YUANDONG_VOLUNTEERS = List.of("13800000001", "13800000002", "13800000003",
            "13800000004", "13800000005", "13800000006");

    private final List<Map<String, String>> sendSms = new CopyOnWriteArrayList<>();
    private HttpServer aliyun;

    @BeforeEach
    void standInForAlibabaCloud() throws IOException {
        aliyun = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        aliyun.createContext("/", exchange -> {
            Map<String, String> request = query(exchange.getRequestURI().getRawQuery());
            request.put("method", exchange.getRequestMethod());
            request.put("x-acs-action", String.valueOf(exchange.getRequestHeaders().getFirst("x-acs-action")));
            sendSms.add(request);
            byte[] body = """
                    {"Code":"OK","Message":"OK","BizId":"900619746936498440^0","RequestId":"%s"}"""
                    .formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        aliyun.start();
    }

    @AfterEach
    void stop() {
        aliyun.stop(0);
    }

    @Test
    @DisplayName("R-NOTE-1 a station with its own SMS provider: its notice reaches its active volunteers, the rest is logged")
    void aStationsSmsNoticeReachesItsVolunteersThroughItsProvider() {
        String station = DemoData.STATION_YUANDONG.toString();
        List<String> options = List.of("-Xmx1g", "-Dcivility.demo=true",
                "-Dcivility.datasource.url=jdbc:h2:mem:civility-notices-by-sms;DB_CLOSE_DELAY=-1",
                "-Dcivility.storage.dir=target/it-files-notices-by-sms",
                "-Dcivility.notices.unit." + station + ".sms.provider=aliyun",
                "-Dcivility.notices.aliyun.endpoint=http://127.0.0.1:" + aliyun.getAddress().getPort(),
                "-Dcivility.notices.aliyun.access-key-id=LTAI5tItKeyId",
                "-Dcivility.notices.aliyun.access-key-secret-env=IT_ALIYUN_SMS_SECRET",
                "-Dcivility.notices.aliyun.sign-name=圆东文明实践",
                "-Dcivility.notices.aliyun.template-code=SMS_000000001");
        try (PortalProcess portal = PortalProcess.start("notices-by-sms", Map.of("IT_ALIYUN_SMS_SECRET", SECRET),
                options)) {
            Api admin = Api.at(portal.url()).as("station-admin", DemoData.DEMO_PASSWORD);

            // when
            String yuandong = announce(admin, DemoData.STATION_YUANDONG);

            // then
            JsonObject sent = awaitSent(admin, yuandong);
            assertThat(sent.getJsonArray("deliveries").getValuesAs(JsonObject.class))
                    .allSatisfy(d -> assertThat(d.getInt("attempts")).isEqualTo(1));
            assertThat(sendSms).singleElement().satisfies(request -> {
                assertThat(request).containsEntry("method", "POST").containsEntry("x-acs-action", "SendSms")
                        .containsEntry("SignName", "圆东文明实践").containsEntry("TemplateCode", "SMS_000000001");
                assertThat(request.get("TemplateParam")).contains("学雷锋志愿服务", "村文化礼堂");
                assertThat(request.get("PhoneNumbers").split(","))
                        .containsExactlyInAnyOrderElementsOf(YUANDONG_VOLUNTEERS);
                assertThat(request.get("OutId")).isNotBlank();
            });
            await("the other channels of " + yuandong + " in the log").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(portal.log())
                            .contains("civility notices: SMS=log WECHAT_GROUP=log POSTER=log alerts=log codes=log, "
                                    + "1 units with their own choice")
                            .contains("civility notice " + yuandong + " via WECHAT_GROUP")
                            .doesNotContain("civility notice " + yuandong + " via SMS"));
            assertThat(portal.log()).doesNotContain(SECRET).doesNotContain("13800000001");
        }
    }

    private String announce(Api admin, UnitId unit) {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
        Api.Reply created = admin.post("api/v1/notices", """
                {"unitId": "%s", "subjectKind": "ACTIVITY", "subjectId": "%s", "title": "学雷锋志愿服务",
                 "body": "清扫村道、慰问孤寡老人，欢迎村民报名参加。", "place": "村文化礼堂",
                 "startsAt": "%s", "channels": ["SMS", "WECHAT_GROUP"]}""".formatted(unit, UUID.randomUUID(), startsAt));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.string("id");
    }

    private static JsonObject awaitSent(Api api, String notice) {
        return await("the notice " + notice + " sent by the outbox").atMost(Duration.ofSeconds(90))
                .until(() -> {
                    Api.Reply one = api.get("api/v1/notices/" + notice);
                    assertThat(one.status()).as(one.toString()).isEqualTo(200);
                    return one.json();
                }, n -> "SENT".equals(n.getString("status")));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null) {
            return query;
        }
        Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> query.put(
                URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
        return query;
    }
}
