package org.civility.core.record;

import java.util.List;

import org.civility.core.governance.SettingKey;

/** The settings of service records; a unit may tighten them for its subtree, never loosen them. */
public final class RecordSettings {

    /** How many minutes before the scheduled start a check-in code takes check-ins. Default 30. */
    public static final SettingKey<Integer> CHECK_IN_OPENS_MINUTES_BEFORE =
            SettingKey.lowerIsStricter("record.check-in-opens-minutes-before", 30);

    /**
     * How many minutes after the scheduled end a volunteer may still check out with the code. Default 30. Forgotten
     * check-outs are closed only after this default has passed, so a volunteer checking out late is never overtaken.
     */
    public static final SettingKey<Integer> CHECK_OUT_GRACE_MINUTES =
            SettingKey.lowerIsStricter("record.check-out-grace-minutes", 30);

    public static final List<SettingKey<?>> ALL = List.of(CHECK_IN_OPENS_MINUTES_BEFORE, CHECK_OUT_GRACE_MINUTES);

    private RecordSettings() {
    }
}
