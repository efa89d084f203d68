package org.civility.core.venue;

import jakarta.validation.constraints.NotNull;

/** Takes a venue out of scheduling. */
public record RetireVenue(@NotNull VenueId venue) {
}
