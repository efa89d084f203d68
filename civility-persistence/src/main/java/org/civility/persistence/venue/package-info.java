/**
 * JPA adapter of the venue feature: {@link org.civility.persistence.venue.JpaVenueRepository} and
 * {@link org.civility.persistence.venue.JpaBookingRepository} over the tables of migration
 * {@code V3__venue.sql}. Venues keep their platforms in {@code civ_venue_platform}; bookings keep
 * their checklist signatures and damages in child tables and are indexed by venue and start, the
 * shape of the R-VEN-5 overlap query. Both repositories run in the caller's transaction; the
 * venue's version is the optimistic lock that serialises bookings of one venue.
 */
package org.civility.persistence.venue;
