package org.civility.core.volunteer;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.Messages;
import org.civility.core.team.FiveEldersCategory;
import org.civility.core.team.Profession;
import org.civility.core.team.TeamError;
import org.civility.core.team.TeamKind;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code and label of the volunteer and team features has Chinese and English texts. */
class VolunteerMessagesTest {

    private static final Locale[] LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    @Test
    void everyErrorCodeHasATitleAndDetailInBothLanguages() {
        Stream.<ErrorCode>concat(Stream.of(VolunteerError.values()), Stream.of(TeamError.values())).forEach(code -> {
            for (Locale locale : LOCALES) {
                assertThat(Messages.title(code, locale)).as(code.code() + " " + locale).isNotEqualTo(code.code() + ".title");
                assertThat(Messages.detail(code, locale, Map.of())).as(code.code() + " " + locale)
                        .isNotEqualTo(code.code() + ".detail");
            }
        });
    }

    @Test
    void everyEnumLabelExistsInBothLanguages() {
        assertLabels("org.civility.core.volunteer.messages", VolunteerOrigin.values(), VolunteerStatus.values(),
                Gender.values(), GuardianRelation.values());
        assertLabels("org.civility.core.team.messages", TeamKind.values(), FiveEldersCategory.values(),
                Profession.values());
    }

    @Test
    void chineseComesFirst() {
        assertThat(Messages.title(TeamError.FIVE_ELDERS_CATEGORY_REQUIRED, null)).isEqualTo("五老队伍成员须属五老类别");
        assertThat(Messages.text("org.civility.core.team.messages", null, "TeamKind.FIVE_ELDERS", Map.of()))
                .isEqualTo("五老队伍");
    }

    private static void assertLabels(String bundle, Enum<?>[]... enums) {
        for (Enum<?>[] values : enums) {
            for (Enum<?> value : values) {
                String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                for (Locale locale : LOCALES) {
                    assertThat(Messages.text(bundle, locale, key, Map.of())).as(key + " " + locale).isNotEqualTo(key);
                }
            }
        }
    }
}
