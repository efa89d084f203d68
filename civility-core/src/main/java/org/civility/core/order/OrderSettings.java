package org.civility.core.order;

import java.util.List;

import org.civility.core.governance.SettingKey;

/** The settings of the order feature; a unit may tighten them for its subtree, never loosen them. */
public final class OrderSettings {

    /** R-ORD-2: hours an order may wait unaccepted at its handling unit before it escalates. Default 48. */
    public static final SettingKey<Integer> ACCEPT_WITHIN_HOURS = SettingKey.lowerIsStricter("order.accept-within-hours", 48);
    /** Days within which the same item for the same recipient is flagged as duplicate demand. Default 7. */
    public static final SettingKey<Integer> DUPLICATE_WINDOW_DAYS =
            SettingKey.higherIsStricter("order.duplicate-window-days", 7);

    /** Every key of the feature. */
    public static final List<SettingKey<Integer>> ALL = List.of(ACCEPT_WITHIN_HOURS, DUPLICATE_WINDOW_DAYS);

    private OrderSettings() {
    }
}
