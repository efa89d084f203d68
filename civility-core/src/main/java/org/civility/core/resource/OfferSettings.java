package org.civility.core.resource;

import java.util.List;

import org.civility.core.governance.SettingKey;

/** The settings of the resource list and matching. */
public final class OfferSettings {

    /** Days back over which accepted orders count as a volunteer's recent load (fairness). Default 30. */
    public static final SettingKey<Integer> LOAD_WINDOW_DAYS = SettingKey.higherIsStricter("offer.load-window-days", 30);

    /** Every key of the feature. */
    public static final List<SettingKey<Integer>> ALL = List.of(LOAD_WINDOW_DAYS);

    private OfferSettings() {
    }
}
