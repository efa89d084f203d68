package org.civility.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civility.core.access.Role;
import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.OneTimeCodeMessage;
import org.civility.core.notice.StaffAlert;
import org.civility.core.volunteer.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.notices.NoticeFixtures.OTHER_STATION;
import static org.civility.notices.NoticeFixtures.STATION;
import static org.civility.notices.NoticeFixtures.aNoticeAt;

/** The routing notifier hands each delivery, code and alert to the provider the settings choose. */
class RoutingNotifierTest {

    /** Remembers what it was handed, under its provider's name. */
    static final class Recording implements Notifier {
        static final List<String> calls = new ArrayList<>();
        private final Provider provider;

        Recording(Provider provider) {
            this.provider = provider;
        }

        @Override
        public void send(Channel channel, NoticeMessage message) {
            calls.add(provider.setting() + " " + channel + " " + message.unit());
        }

        @Override
        public void sendCode(OneTimeCodeMessage message) {
            calls.add(provider.setting() + " code");
        }

        @Override
        public void alert(StaffAlert alert) {
            calls.add(provider.setting() + " alert");
        }
    }

    private static Map<Provider, Notifier> recordingAll() {
        Recording.calls.clear();
        Map<Provider, Notifier> notifiers = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            notifiers.put(provider, new Recording(provider));
        }
        return notifiers;
    }

    private static NoticesSettings settings() {
        Map<String, String> properties = new HashMap<>();
        properties.put("civility.notices.sms.provider", "tencent");
        properties.put("civility.notices.wechat-group.provider", "wecom");
        properties.put("civility.notices.alert.provider", "mail");
        properties.put("civility.notices.unit." + STATION + ".sms.provider", "aliyun");
        properties.put("civility.notices.unit." + STATION + ".poster.provider", "mail");
        properties.put("civility.notices.wecom.key", "group-robot-key");
        properties.put("civility.notices.mail.host", "smtp.example.cn");
        properties.put("civility.notices.mail.from", "notices@example.cn");
        properties.put("civility.notices.aliyun.access-key-id", "LTAI5tTestKeyId");
        properties.put("civility.notices.aliyun.access-key-secret", "aliyun-secret");
        properties.put("civility.notices.aliyun.sign-name", "文明实践");
        properties.put("civility.notices.aliyun.template-code", "SMS_465000001");
        properties.put("civility.notices.tencent.secret-id", "AKIDTestSecretId");
        properties.put("civility.notices.tencent.secret-key", "tencent-secret");
        properties.put("civility.notices.tencent.sdk-app-id", "1400006666");
        properties.put("civility.notices.tencent.sign-name", "文明实践");
        properties.put("civility.notices.tencent.template-id", "1110");
        properties.put("civility.notices.tencent.code-template-id", "1111");
        return NoticesSettings.from(properties, name -> null);
    }

    @Test
    void handsEachDeliveryToTheProviderOfItsUnitAndChannel() throws Exception {
        RoutingNotifier routing = new RoutingNotifier(settings(), recordingAll(), null);

        routing.send(Channel.SMS, aNoticeAt(STATION));
        routing.send(Channel.SMS, aNoticeAt(OTHER_STATION));
        routing.send(Channel.WECHAT_GROUP, aNoticeAt(STATION));
        routing.send(Channel.POSTER, aNoticeAt(STATION));
        routing.send(Channel.POSTER, aNoticeAt(OTHER_STATION));
        routing.sendCode(new OneTimeCodeMessage(PhoneNumber.of("13812345678"), "482913", Instant.now()));
        routing.alert(new StaffAlert(STATION, Role.HEAD, "RECORD-CHAIN-BROKEN", Map.of()));

        assertThat(Recording.calls).containsExactly(
                "aliyun SMS " + STATION,
                "tencent SMS " + OTHER_STATION,
                "wecom WECHAT_GROUP " + STATION,
                "mail POSTER " + STATION,
                "log POSTER " + OTHER_STATION,
                "tencent code",
                "mail alert");
    }

    @Test
    void buildsEveryProviderTheSettingsUseAndLogsWithThePortalsOwnNotifierByDefault() throws Exception {
        List<String> logged = new ArrayList<>();
        Notifier portalLog = (channel, message) -> logged.add(channel + " " + message.notice());
        NoticeMessage message = aNoticeAt(OTHER_STATION);

        try (RoutingNotifier routing = RoutingNotifier.create(settings(), NoticeRecipients.none(),
                SentLedger.inMemory(), portalLog)) {
            routing.send(Channel.POSTER, message);
            assertThat(routing.providerFor(STATION, Channel.SMS)).isEqualTo(Provider.ALIYUN);
        }

        assertThat(logged).containsExactly("POSTER " + message.notice());
    }

    @Test
    void refusesToRouteToAProviderItHasNoNotifierFor() {
        Map<Provider, Notifier> onlyLog = new EnumMap<>(Provider.class);
        onlyLog.put(Provider.LOG, new LogNotifier());

        assertThatThrownBy(() -> new RoutingNotifier(settings(), onlyLog, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no notifier for provider");
    }
}
