/**
 * Test support that is inert in production. {@link org.civility.portal.testing.TestingClock} replaces
 * the portal's clock with the system clock plus an offset; the offset can be changed through
 * {@code PUT /api/v1/testing/clock} ONLY when the portal was started with {@code -Dcivility.testing=true}
 * (the Arquillian configuration does so). Without that flag the offset is always zero and the endpoint
 * answers 404, so rules that wait for time (the 7-day public notice of R-APPR-1) hold as written.
 */
package org.civility.portal.testing;
