package org.civility.core.access;

import org.civility.core.organisation.UnitId;

/** Answers where a unit sits in the tree. Implemented by the organisation feature. */
@FunctionalInterface
public interface UnitHierarchy {

    /** True if {@code unit} is {@code ancestorOrSelf} or lies anywhere below it. */
    boolean isWithin(UnitId unit, UnitId ancestorOrSelf);
}
