package org.civility.core.venue;

import jakarta.validation.constraints.NotNull;

/** Duty staff sign one closing-checklist item (R-VEN-3); the signer is the acting person. */
public record SignChecklistItem(@NotNull BookingId booking, @NotNull ChecklistItem item) {
}
