package org.civility.core.venue;

import jakarta.validation.constraints.NotNull;

/** Closes a used booking whose checklist is complete (R-VEN-3). */
public record CloseBooking(@NotNull BookingId booking) {
}
