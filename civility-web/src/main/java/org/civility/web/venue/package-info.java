/**
 * REST resources of the venue feature: venues at {@code /api/v1/venues} (register, list by
 * station, read, retire, book, list bookings) and bookings at {@code /api/v1/bookings} (read,
 * approve or reject non-practice use (R-VEN-2), cancel, sign the closing checklist and close
 * (R-VEN-3), record damage (R-VEN-4)). A double booking is a 409 problem with code R-VEN-5. Times
 * travel as ISO-8601 with an offset.
 */
package org.civility.web.venue;
