/**
 * Platforms, venues and bookings (DOMAIN §2).
 *
 * <p>A station bundles existing venues (阵地) into six service {@link org.civility.core.venue.PlatformKind
 * platforms}. A {@link org.civility.core.venue.Venue} keeps its owner for life and is only scheduled by
 * the station (R-VEN-1). A {@link org.civility.core.venue.Booking} holds one slot of one venue: practice
 * use is confirmed at once, other use waits for the residents' committee, whose role approves or rejects
 * it; a county or township may widen that to the station's administrators and a unit below may narrow it
 * again ({@link org.civility.core.venue.CommitteeApprovesOtherUsePolicy}, R-VEN-2, ADR 0034); after use the duty
 * staff sign the closing checklist before it closes (R-VEN-3); damage is charged to the user at cost,
 * an outside organisation also restores the venue (R-VEN-4); a venue holds one booking at a time
 * ({@link org.civility.core.venue.NoDoubleBookingPolicy}, R-VEN-5), guarded against concurrent
 * bookings by the venue's version. {@link org.civility.core.venue.VenueService} is the entry point.
 */
package org.civility.core.venue;
