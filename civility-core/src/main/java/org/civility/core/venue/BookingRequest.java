package org.civility.core.venue;

import java.util.List;

import org.civility.core.organisation.UnitId;

/**
 * What the booking policies look at: a requested slot of a venue and the bookings of that venue
 * that overlap it (as {@link BookingRepository#overlapping} returns them).
 *
 * @param unit        the station scheduling the venue (settings are read there)
 * @param venue       the venue asked for
 * @param period      the requested slot
 * @param overlapping bookings of the same venue whose slot overlaps {@code period}
 */
public record BookingRequest(UnitId unit, VenueId venue, TimeSlot period, List<Booking> overlapping) {

    public BookingRequest {
        Texts.required(unit, "unit");
        Texts.required(venue, "venue");
        Texts.required(period, "period");
        overlapping = List.copyOf(overlapping);
    }
}
