package org.civility.core.activity;

import org.civility.core.governance.SettingKey;

import java.util.List;

/** The settings of the activity feature; a unit may tighten them for its subtree, never loosen them. */
public final class ActivitySettings {

    /** R-ACT-1: the largest photo of an activity record, in MB (1 MB = 1,048,576 bytes). Default 10. */
    public static final SettingKey<Integer> MAX_RECORD_PHOTO_MB =
            SettingKey.lowerIsStricter("activity.record.max-photo-mb", 10);
    /** R-ACT-1: the most photos one activity record keeps. Default 30. */
    public static final SettingKey<Integer> MAX_RECORD_PHOTOS =
            SettingKey.lowerIsStricter("activity.record.max-photos", 30);

    /** Every key of the feature. */
    public static final List<SettingKey<Integer>> ALL = List.of(MAX_RECORD_PHOTO_MB, MAX_RECORD_PHOTOS);

    private ActivitySettings() {
    }
}
