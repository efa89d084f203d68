package org.civility.core.order;

import jakarta.validation.constraints.NotNull;
import org.civility.core.organisation.UnitId;

/** Puts a new item on a unit's project menu (项目清单). */
public record ListMenuItem(@NotNull UnitId unit, @NotNull String name, String description) {
}
