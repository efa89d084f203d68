package org.civility.core.organisation;

import org.civility.core.governance.GovernanceError;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationMessagesTest {

    @Test
    void everyCodeHasATitleAndDetailInEnglishAndChinese() {
        Stream.<ErrorCode>concat(Stream.of(OrganisationError.values()), Stream.of(GovernanceError.values()))
                .forEach(code -> {
                    for (String suffix : new String[]{".title", ".detail"}) {
                        String key = code.code() + suffix;
                        assertThat(file(code.bundleBaseName(), "")).as(key).containsKey(key);
                        assertThat(file(code.bundleBaseName(), "_zh")).as("zh " + key).containsKey(key);
                    }
                });
    }

    @Test
    void everyEnumHasALabelInEnglishAndChinese() {
        Stream.of(Tier.values(), LeadershipRole.values(), CommitteePost.values(), StaffRole.values(),
                        PartnerKind.values())
                .flatMap(Stream::of)
                .forEach(value -> {
                    String zh = OrganisationLabels.label(value, Locale.SIMPLIFIED_CHINESE);
                    String en = OrganisationLabels.label(value, Locale.ENGLISH);
                    String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                    assertThat(zh).as(key).isNotEqualTo(key).isNotEqualTo(en);
                    assertThat(en).as(key).isNotEqualTo(key);
                });
    }

    @Test
    void labelsReadInChineseByDefault() {
        assertThat(OrganisationLabels.label(LeadershipRole.DEPUTY_HEAD, null)).isEqualTo("副站长");
        assertThat(OrganisationLabels.label(Tier.STATION, Locale.ENGLISH)).isEqualTo("New Era Civilization Practice Station");
    }

    @Test
    void fillsTheArgumentsOfALoosenedSetting() {
        var e = CivilityException.of(GovernanceError.LOOSEN,
                "setting", "venue.max-booking-hours", "value", "7", "inherited", "6", "unit", "幸福社区");

        assertThat(e.detail(Locale.SIMPLIFIED_CHINESE)).contains("幸福社区", "venue.max-booking-hours", "7", "6")
                .doesNotContain("{");
        assertThat(e.title(Locale.ENGLISH)).isEqualTo("Setting may only be tightened");
    }

    /** One bundle file as it is, without parents, so a missing Chinese key is not hidden by English. */
    private static Properties file(String baseName, String suffix) {
        String path = baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = OrganisationMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
