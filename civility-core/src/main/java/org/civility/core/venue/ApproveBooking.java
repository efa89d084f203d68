package org.civility.core.venue;

import jakarta.validation.constraints.NotNull;

/** The residents' committee approves a pending booking (R-VEN-2). */
public record ApproveBooking(@NotNull BookingId booking) {
}
