package org.civility.portal.notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.civility.core.notice.Channel;
import org.civility.core.organisation.UnitId;
import org.civility.notices.NoticesSettings;
import org.civility.notices.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portal reads its notices' settings from a properties file and its system properties, strictly (ADR 0037). */
class NoticesConfigurationTest {

    private static final UnitId STATION = UnitId.of("6f1c2d4e-0a1b-4c3d-9e8f-7a6b5c4d3e2f");
    private static final UnitId ANOTHER_STATION = UnitId.of("0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final String SECRET = "Kx9-secret-of-the-access-key";
    private static final Map<String, String> ENVIRONMENT = Map.of("ALIYUN_SMS_SECRET", SECRET);

    @TempDir
    Path dir;

    @Test
    void sendsOneStationsSmsThroughAlibabaCloudAndLogsEverythingElse() throws IOException {
        // given
        Path file = aFile("""
                # notices of 东湖社区新时代文明实践站
                civility.notices.unit.%s.sms.provider=aliyun
                civility.notices.aliyun.access-key-id=LTAI5tExampleKeyId
                civility.notices.aliyun.access-key-secret-env=ALIYUN_SMS_SECRET
                civility.notices.aliyun.sign-name=旧签名
                civility.notices.aliyun.template-code=SMS_000000001
                """.formatted(STATION));
        Properties system = properties(Map.of(
                "civility.notices.aliyun.sign-name", "东湖文明实践",
                NoticesConfiguration.FILE, file.toString(),
                "civility.demo", "true"));

        // when
        NoticesSettings settings = read(system, file);

        // then
        assertThat(settings.providerFor(STATION, Channel.SMS)).isEqualTo(Provider.ALIYUN);
        assertThat(settings.providerFor(ANOTHER_STATION, Channel.SMS)).isEqualTo(Provider.LOG);
        assertThat(settings.providerFor(STATION, Channel.WECHAT_GROUP)).isEqualTo(Provider.LOG);
        assertThat(settings.alerts()).isEqualTo(Provider.LOG);
        assertThat(settings.codes()).as("codes stay with the logging notifier without a code template")
                .isEqualTo(Provider.LOG);
        assertThat(settings.aliyun()).hasValueSatisfying(aliyun -> {
            assertThat(aliyun.signName()).as("a system property wins over the file").isEqualTo("东湖文明实践");
            assertThat(aliyun.accessKeySecret().value()).as("read from the environment").isEqualTo(SECRET);
        });
        assertThat(settings.toString()).doesNotContain(SECRET);
    }

    @Test
    void withNothingConfiguredEveryChannelAlertAndCodeGoesToTheLog() {
        NoticesSettings settings = NoticesConfiguration.read(properties(Map.of("civility.demo", "true")),
                Optional.empty(), ENVIRONMENT::get);

        assertThat(settings).isEqualTo(NoticesSettings.defaults());
        assertThat(settings.used()).containsExactly(Provider.LOG);
    }

    @Test
    void aChosenProviderWithoutItsSettingsFailsNamingThemButNotTheSecret() throws IOException {
        Path file = aFile("""
                civility.notices.sms.provider=aliyun
                civility.notices.aliyun.access-key-id=LTAI5tExampleKeyId
                civility.notices.aliyun.access-key-secret=%s
                civility.notices.aliyun.template-code=SMS_000000001
                """.formatted(SECRET));

        assertThatThrownBy(() -> read(new Properties(), file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("civility.notices.aliyun.sign-name")
                .hasMessageContaining(file.toString())
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aMisspeltSettingFailsNamingIt() {
        Properties system = properties(Map.of("civility.notices.sms.provider", "aliyun",
                "civility.notices.aliyun.acces-key-secret", SECRET));

        assertThatThrownBy(() -> NoticesConfiguration.read(system, Optional.empty(), ENVIRONMENT::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown setting civility.notices.aliyun.acces-key-secret")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aSecretFromAnUnsetEnvironmentVariableFailsNamingTheVariable() {
        Properties system = properties(Map.of("civility.notices.wechat-group.provider", "wecom",
                "civility.notices.unit." + STATION + ".wecom.key-env", "DONGHU_ROBOT_KEY"));

        assertThatThrownBy(() -> NoticesConfiguration.read(system, Optional.empty(), ENVIRONMENT::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("civility.notices.unit." + STATION + ".wecom.key-env")
                .hasMessageContaining("DONGHU_ROBOT_KEY");
    }

    @Test
    void anEntryOfTheFileOutsideTheNoticesSettingsFails() throws IOException {
        Path file = aFile("sms.provider=aliyun\n");

        assertThatThrownBy(() -> read(new Properties(), file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the entry sms.provider of " + file);
    }

    @Test
    void aFileThatIsNotThereFailsNamingTheSetting() {
        Path missing = dir.resolve("no-such-notices.properties");

        assertThatThrownBy(() -> read(new Properties(), missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(NoticesConfiguration.FILE)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void mailIsRefusedSinceThePortalKeepsNoMailboxes() {
        Properties system = properties(Map.of(
                "civility.notices.alert.provider", "mail",
                "civility.notices.unit." + STATION + ".poster.provider", "mail",
                "civility.notices.mail.host", "smtp.example.gov.cn",
                "civility.notices.mail.from", "notices@example.gov.cn",
                "civility.notices.mail.username", "notices",
                "civility.notices.mail.password", SECRET));

        assertThatThrownBy(() -> NoticesConfiguration.read(system, Optional.empty(), ENVIRONMENT::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("civility.notices.alert.provider")
                .hasMessageContaining("civility.notices.unit." + STATION + ".poster.provider")
                .hasMessageContaining("no mailboxes")
                .hasMessageNotContaining(SECRET);
    }

    private NoticesSettings read(Properties system, Path file) {
        return NoticesConfiguration.read(system, Optional.of(file), ENVIRONMENT::get);
    }

    private Path aFile(String text) throws IOException {
        return Files.writeString(dir.resolve("notices.properties"), text, StandardCharsets.UTF_8);
    }

    private static Properties properties(Map<String, String> entries) {
        Properties properties = new Properties();
        properties.putAll(entries);
        return properties;
    }
}
