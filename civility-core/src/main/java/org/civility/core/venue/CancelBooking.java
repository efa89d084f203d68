package org.civility.core.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Cancels an open booking, giving a reason. */
public record CancelBooking(@NotNull BookingId booking, @NotBlank @Size(max = 1000) String reason) {
}
