package org.civility.core.venue;

/** The closing checklist duty staff sign after every use of a venue (R-VEN-3). */
public enum ChecklistItem {
    /** 多媒体设备关闭. */
    MULTIMEDIA_EQUIPMENT,
    /** 消防器材完好. */
    FIRE_EQUIPMENT,
    /** 切断电源. */
    POWER_CUT,
    /** 关好门窗. */
    WINDOWS_SHUT,
    /** 消防安全检查. */
    FIRE_CHECK,
    /** 锁门. */
    DOOR_LOCKED
}
