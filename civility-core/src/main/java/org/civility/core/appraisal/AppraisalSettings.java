package org.civility.core.appraisal;

import java.util.List;

import org.civility.core.governance.SettingKey;

/** Settings of the appraisal feature. */
public final class AppraisalSettings {

    /**
     * Days of public notice (公示) before an award stands (R-APPR-1), default 7; a unit may lengthen it,
     * never shorten it.
     */
    public static final SettingKey<Integer> NOTICE_DAYS = SettingKey.higherIsStricter("appraisal.notice-days", 7);

    private AppraisalSettings() {
    }

    /** Every key of the feature. */
    public static List<SettingKey<?>> keys() {
        return List.of(NOTICE_DAYS);
    }
}
