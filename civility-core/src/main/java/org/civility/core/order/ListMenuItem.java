package org.civility.core.order;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.civility.core.organisation.UnitId;

/** Puts a new item on a unit's project menu (项目清单). */
public record ListMenuItem(@NotNull UnitId unit, @NotNull String name, String description,
                           @NotNull List<String> skills) {

    /** An item anyone can serve (no skills named). */
    public ListMenuItem(UnitId unit, String name, String description) {
        this(unit, name, description, List.of());
    }

}
