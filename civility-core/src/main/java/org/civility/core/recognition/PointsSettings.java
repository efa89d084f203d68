package org.civility.core.recognition;

import org.civility.core.governance.SettingKey;

/**
 * Setting keys of the points ledger (DOMAIN §6a). Settings resolve to the "tightest" of the default
 * and every value above a unit; these keys are {@code higherIsStricter}, so a locality may raise them
 * (10 points per hour, make-up earning points, expiry after 2 years) and a lower tier may only raise
 * them further, never lower them.
 */
public final class PointsSettings {

    /** Points per credited hour (pro rata per minute, rounded down). Default 1. */
    public static final SettingKey<Integer> POINTS_PER_HOUR = SettingKey.higherIsStricter("recognition.points-per-hour", 1);
    /** 1 if administrator make-up time earns points, 0 (default) if not. */
    public static final SettingKey<Integer> MAKE_UP_EARNS_POINTS =
            SettingKey.higherIsStricter("recognition.make-up-earns-points", 0);
    /** Points expire this many years after they were credited; 0 (default) = never. */
    public static final SettingKey<Integer> EXPIRE_AFTER_YEARS =
            SettingKey.higherIsStricter("recognition.points-expire-after-years", 0);

    private PointsSettings() {
    }
}
