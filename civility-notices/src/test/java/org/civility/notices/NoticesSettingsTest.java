package org.civility.notices;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.civility.core.notice.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.notices.NoticeFixtures.OTHER_STATION;
import static org.civility.notices.NoticeFixtures.STATION;

/** Reading the notices' settings from properties and the environment. */
class NoticesSettingsTest {

    private static final String SECRET = "aliyun-secret-from-the-environment";

    private static Map<String, String> aliyunFor(String channelSetting) {
        Map<String, String> properties = new HashMap<>();
        properties.put(channelSetting, "aliyun");
        properties.put("civility.notices.aliyun.access-key-id", "LTAI5tTestKeyId");
        properties.put("civility.notices.aliyun.access-key-secret-env", "CIVILITY_ALIYUN_SECRET");
        properties.put("civility.notices.aliyun.sign-name", "文明实践");
        properties.put("civility.notices.aliyun.template-code", "SMS_465000001");
        return properties;
    }

    private static NoticesSettings read(Map<String, String> properties) {
        return NoticesSettings.from(properties, Map.of("CIVILITY_ALIYUN_SECRET", SECRET)::get);
    }

    @Test
    void withNothingConfiguredEveryChannelIsLoggedAsInTheDemo() {
        NoticesSettings settings = NoticesSettings.from(Map.of("java.home", "/usr/lib/jvm"), name -> null);

        for (Channel channel : Channel.values()) {
            assertThat(settings.providerFor(STATION, channel)).isEqualTo(Provider.LOG);
        }
        assertThat(settings.alerts()).isEqualTo(Provider.LOG);
        assertThat(settings.codes()).isEqualTo(Provider.LOG);
        assertThat(settings.timeouts()).isEqualTo(Timeouts.defaults());
        assertThat(settings).isEqualTo(NoticesSettings.defaults());
    }

    @Test
    void aUnitsOwnChoiceWinsOverTheChannelsForThatUnitOnly() {
        Map<String, String> properties = aliyunFor("civility.notices.sms.provider");
        properties.put("civility.notices.unit." + STATION + ".sms.provider", "log");
        properties.put("civility.notices.unit." + STATION + ".wechat-group.provider", "wecom");
        properties.put("civility.notices.unit." + STATION + ".wecom.key", "station-robot-key");

        NoticesSettings settings = read(properties);

        assertThat(settings.providerFor(STATION, Channel.SMS)).isEqualTo(Provider.LOG);
        assertThat(settings.providerFor(STATION, Channel.WECHAT_GROUP)).isEqualTo(Provider.WECOM);
        assertThat(settings.providerFor(OTHER_STATION, Channel.SMS)).isEqualTo(Provider.ALIYUN);
        assertThat(settings.providerFor(OTHER_STATION, Channel.WECHAT_GROUP)).isEqualTo(Provider.LOG);
        assertThat(settings.wecom().orElseThrow().keyFor(STATION)).map(Secret::value).hasValue("station-robot-key");
        assertThat(settings.wecom().orElseThrow().keyFor(OTHER_STATION)).isEmpty();
    }

    @Test
    void readsASecretFromTheEnvironmentVariableItsSettingNamesAndNeverShowsIt() {
        NoticesSettings settings = read(aliyunFor("civility.notices.sms.provider"));

        assertThat(settings.aliyun().orElseThrow().accessKeySecret().value()).isEqualTo(SECRET);
        assertThat(settings.toString()).doesNotContain(SECRET).contains("SMS_465000001");
        assertThat(settings.aliyun().orElseThrow().batchSize()).isEqualTo(AliyunSmsSettings.DEFAULT_BATCH);
    }

    @Test
    void aChosenProviderWithoutItsSettingsNamesWhatIsMissingButNoValue() {
        Map<String, String> properties = new HashMap<>();
        properties.put("civility.notices.sms.provider", "tencent");
        properties.put("civility.notices.tencent.secret-key", "tencent-secret-value");

        assertThatThrownBy(() -> read(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("civility.notices.tencent.secret-id")
                .hasMessageContaining("civility.notices.tencent.sdk-app-id")
                .hasMessageNotContaining("tencent-secret-value");
    }

    @Test
    void anEnvironmentVariableThatIsNotSetIsAnErrorNamingIt() {
        assertThatThrownBy(() -> NoticesSettings.from(aliyunFor("civility.notices.sms.provider"), name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CIVILITY_ALIYUN_SECRET");
    }

    @Test
    void aMisspeltSettingIsAnErrorRatherThanASilentFallbackToTheLog() {
        assertThatThrownBy(() -> read(Map.of("civility.notices.sms.provder", "aliyun")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown setting civility.notices.sms.provder");
        assertThatThrownBy(() -> read(Map.of("civility.notices.sms.provider", "aliyn")))
                .hasMessageContaining("unknown provider 'aliyn'");
        assertThatThrownBy(() -> read(Map.of("civility.notices.unit.station-1.sms.provider", "log")))
                .hasMessageContaining("a UUID");
    }

    @Test
    void aProviderCarriesOnlyItsChannels() {
        assertThatThrownBy(() -> read(aliyunFor("civility.notices.wechat-group.provider")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider aliyun does not carry wechat-group");
        assertThatThrownBy(() -> read(Map.of("civility.notices.alert.provider", "tencent")))
                .hasMessage("provider tencent does not carry staff alerts");
    }

    @Test
    void codesGoThroughTheSmsProviderOnlyWhenItHasACodeTemplate() {
        Map<String, String> properties = aliyunFor("civility.notices.sms.provider");
        assertThat(read(properties).codes()).isEqualTo(Provider.LOG);

        properties.put("civility.notices.aliyun.code-template-code", "SMS_465000002");
        assertThat(read(properties).codes()).isEqualTo(Provider.ALIYUN);
    }

    @Test
    void readsTimeoutsFormatAndBatchLimits() {
        Map<String, String> properties = aliyunFor("civility.notices.sms.provider");
        properties.put("civility.notices.connect-timeout", "PT2S");
        properties.put("civility.notices.request-timeout", "PT30S");
        properties.put("civility.notices.time-pattern", "yyyy-MM-dd HH:mm");
        properties.put("civility.notices.aliyun.batch-size", "1000");

        NoticesSettings settings = read(properties);

        assertThat(settings.timeouts()).isEqualTo(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(30)));
        assertThat(settings.format().time(NoticeFixtures.STARTS_AT)).isEqualTo("2026-12-05 09:30");
        assertThat(settings.aliyun().orElseThrow().batchSize()).isEqualTo(1000);

        properties.put("civility.notices.aliyun.batch-size", "1001");
        assertThatThrownBy(() -> read(properties)).hasMessage("aliyun batch-size must be 1 to 1000");
        properties.put("civility.notices.aliyun.batch-size", "100");
        properties.put("civility.notices.request-timeout", "10s");
        assertThatThrownBy(() -> read(properties)).hasMessageContaining("civility.notices.request-timeout");
    }

    @Test
    void mailNeedsItsHostAndSenderAndAUserWithAPassword() {
        Map<String, String> properties = new HashMap<>(Map.of("civility.notices.poster.provider", "mail",
                "civility.notices.mail.host", "smtp.example.cn", "civility.notices.mail.from", "notices@example.cn"));
        MailSettings mail = read(properties).mail().orElseThrow();
        assertThat(mail.port()).isEqualTo(587);
        assertThat(mail.security()).isEqualTo(MailSettings.Security.STARTTLS);

        properties.put("civility.notices.mail.username", "notices");
        assertThatThrownBy(() -> read(properties)).hasMessageContaining("go together");
    }
}
