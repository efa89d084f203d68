package org.civility.core.assistance;

/** Who a care recipient is (DOMAIN §4, 帮). */
public enum CareCategory {
    /** 留守儿童: a child whose parents work far away. */
    LEFT_BEHIND_CHILD(true),
    /** 孤残儿童: an orphaned or disabled child. */
    ORPHANED_OR_DISABLED_CHILD(true),
    /** 空巢老人: an elder living without their children. */
    EMPTY_NEST_ELDER(false),
    /** 困难家庭: a household in hardship. */
    HARDSHIP_HOUSEHOLD(false);

    private final boolean child;

    CareCategory(boolean child) {
        this.child = child;
    }

    /** True for the categories of children, who may have a guardian on record. */
    public boolean isChild() {
        return child;
    }
}
