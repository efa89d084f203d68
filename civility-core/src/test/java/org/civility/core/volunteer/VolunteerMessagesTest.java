package org.civility.core.volunteer;

import org.civility.core.shared.Messages;
import org.civility.core.team.FiveEldersCategory;
import org.civility.core.team.Profession;
import org.civility.core.team.TeamError;
import org.civility.core.team.TeamKind;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

/** Every code and label of the volunteer and team features has Chinese and English texts. */
class VolunteerMessagesTest {

    @Test
    void everyErrorCodeHasATitleAndDetailInBothLanguages() {
        assertEveryCodeHasTitleAndDetail(VolunteerError.values());
        assertEveryCodeHasTitleAndDetail(TeamError.values());
    }

    @Test
    void everyEnumLabelExistsInBothLanguages() {
        assertLabelsInBothLanguages("org.civility.core.volunteer.messages", VolunteerOrigin.values(),
                VolunteerStatus.values(), Gender.values(), GuardianRelation.values());
        assertLabelsInBothLanguages("org.civility.core.team.messages", TeamKind.values(), FiveEldersCategory.values(),
                Profession.values());
    }

    @Test
    void chineseComesFirst() {
        assertThat(Messages.title(TeamError.FIVE_ELDERS_CATEGORY_REQUIRED, null)).isEqualTo("五老队伍成员须属五老类别");
        assertThat(Messages.text("org.civility.core.team.messages", null, "TeamKind.FIVE_ELDERS", Map.of()))
                .isEqualTo("五老队伍");
    }
}
