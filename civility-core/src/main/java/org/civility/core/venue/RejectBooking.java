package org.civility.core.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The residents' committee rejects a pending booking, giving a reason (R-VEN-2). */
public record RejectBooking(@NotNull BookingId booking, @NotBlank @Size(max = 1000) String reason) {
}
