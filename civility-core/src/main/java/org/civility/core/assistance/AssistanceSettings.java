package org.civility.core.assistance;

import org.civility.core.governance.SettingKey;

import java.time.ZoneId;

/** The settings of the assistance feature; a unit may tighten them for its subtree, never loosen them. */
public final class AssistanceSettings {

    /** R-HELP-1: the longest visit interval a pairing may have, in days. Default 30. */
    public static final SettingKey<Integer> MAX_VISIT_INTERVAL_DAYS =
            SettingKey.lowerIsStricter("assistance.max-visit-interval-days", 30);

    /**
     * How many days in the past a pairing's start date may lie (recording a pairing that began on
     * paper before it was entered). Default 90.
     */
    public static final SettingKey<Integer> MAX_START_BACKDATE_DAYS =
            SettingKey.lowerIsStricter("assistance.max-start-backdate-days", 90);

    /** The zone in which visit dates, "today" and days overdue are reckoned. */
    public static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

    private AssistanceSettings() {
    }
}
