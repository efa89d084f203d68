package org.civility.core.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: set a setting at a unit ({@code {"name": ..., "value": ...}}).
 *
 * @param name  a registered setting's name
 * @param value the value as text, parsed by the setting
 */
public record SetPolicySetting(@NotBlank String name, @NotNull @Size(max = 200) String value) {
}
