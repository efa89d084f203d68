package org.civility.core.organisation;

import org.civility.core.governance.GovernanceError;
import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;
import static org.civility.core.fixtures.BundleAssertions.assertLabelsInBothLanguages;

class OrganisationMessagesTest {

    private static final String BUNDLE = "org.civility.core.organisation.messages";

    @Test
    void everyCodeHasATitleAndDetailInEnglishAndChinese() {
        assertEveryCodeHasTitleAndDetail(OrganisationError.values());
        assertEveryCodeHasTitleAndDetail(GovernanceError.values());
    }

    @Test
    void everyEnumHasALabelInEnglishAndChinese() {
        assertLabelsInBothLanguages(BUNDLE, Tier.values(), LeadershipRole.values(), CommitteePost.values(),
                StaffRole.values(), PartnerKind.values());
        // The labels are read through OrganisationLabels, which must use that bundle.
        assertThat(OrganisationLabels.label(Tier.STATION, Locale.SIMPLIFIED_CHINESE))
                .isNotEqualTo(OrganisationLabels.label(Tier.STATION, Locale.ENGLISH))
                .isNotEqualTo("Tier.STATION");
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
}
