package org.civility.notices.wecom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeContent;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.StaffAlert;
import org.civility.core.organisation.UnitId;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFormat;
import org.civility.notices.Secret;
import org.civility.notices.Timeouts;
import org.civility.notices.WeComSettings;
import org.civility.notices.WeComSettings.MessageType;
import org.civility.notices.internal.HttpCalls;
import org.civility.notices.internal.JsonText;
import org.civility.notices.internal.PercentEncoding;

import static java.util.Objects.requireNonNull;

/**
 * Posts a notice into the unit's WeChat group through its WeCom group robot:
 * {@code POST /cgi-bin/webhook/send?key=…} with {@code msgtype} {@code markdown} (title in bold, time and place
 * quoted, then the body) or {@code text}, cut to the robot's limit. Sent means HTTP 200 with {@code errcode} 0;
 * any other {@code errcode} (45009: more than the robot's 20 messages a minute; 93000: the webhook is not valid)
 * throws with that code, and the delivery is retried.
 *
 * <p>The robot API takes no idempotency key: a delivery is one request, so a duplicate is only possible when an
 * answer is lost after the robot posted (a timeout), and the retry then posts again.
 */
public final class WeComRobotNotifier implements Notifier {

    static final String PROVIDER = "wecom";
    private static final Logger LOG = Logger.getLogger(WeComRobotNotifier.class.getName());

    private final WeComSettings settings;
    private final HttpClient http;
    private final Timeouts timeouts;
    private final NoticeFormat format;

    /**
     * @param http     shared, with the connect timeout set; redirects are not followed
     * @param timeouts the request timeout is applied to each request
     */
    public WeComRobotNotifier(WeComSettings settings, HttpClient http, Timeouts timeouts, NoticeFormat format) {
        this.settings = requireNonNull(settings, "settings");
        this.http = requireNonNull(http, "http");
        this.timeouts = requireNonNull(timeouts, "timeouts");
        this.format = requireNonNull(format, "format");
    }

    /**
     * Posts the notice to the robot of the message's unit.
     *
     * @throws NoticeDeliveryException no robot for the unit ({@code NO-ROBOT}), a non-zero {@code errcode}, an HTTP
     *                                 error or a timeout
     */
    @Override
    public void send(Channel channel, NoticeMessage message) throws NoticeDeliveryException {
        post(message.unit(), content(message.content()));
        LOG.info(() -> PROVIDER + ": notice " + message.notice() + " posted to the group of unit " + message.unit()
                + " (delivery " + message.idempotencyKey() + ", attempt " + message.attempt() + ")");
    }

    /**
     * Refuses: a unit's robot posts into the group of its residents, and a staff alert (a broken record chain, say)
     * is for the holders of a role, not for them. Alerts go by a channel that reaches staff only (e-mail).
     */
    @Override
    public void alert(StaffAlert alert) {
        throw new UnsupportedOperationException("a WeCom group robot posts to residents, not to staff");
    }

    private String content(NoticeContent notice) {
        String text = settings.type() == MessageType.MARKDOWN
                ? "**" + notice.title() + "**\n> 时间：" + format.time(notice.startsAt()) + "\n> 地点：" + notice.place()
                + "\n\n" + notice.body()
                : format.text(notice);
        return NoticeFormat.clipUtf8(text, settings.type().maxBytes());
    }

    private void post(UnitId unit, String content) throws NoticeDeliveryException {
        Secret key = settings.keyFor(unit).orElseThrow(() -> new NoticeDeliveryException(PROVIDER, "NO-ROBOT",
                "no robot key is configured for unit " + unit));
        String type = settings.type().setting();
        String body = JsonText.write(JsonText.object()
                .add("msgtype", type)
                .add(type, JsonText.object().add("content", content))
                .build());
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.baseUrl() + "/cgi-bin/webhook/send?key=" + PercentEncoding.encode(key.value())))
                .timeout(timeouts.request())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=utf-8")
                .build();
        HttpResponse<String> response = HttpCalls.send(http, request, PROVIDER);
        Optional<JsonObject> answer = JsonText.readObject(response.body());
        Optional<Integer> errcode = answer.filter(a -> a.get("errcode") instanceof JsonNumber)
                .map(a -> a.getJsonNumber("errcode").intValue());
        if (response.statusCode() != 200) {
            throw new NoticeDeliveryException(PROVIDER, "HTTP-" + response.statusCode(), "the robot's server failed");
        }
        if (errcode.isEmpty()) {
            throw new NoticeDeliveryException(PROVIDER, "UNREADABLE", "the answer carries no errcode");
        }
        if (errcode.get() != 0) {
            throw new NoticeDeliveryException(PROVIDER, "errcode-" + errcode.get(), "the robot refused the message");
        }
    }
}
