/**
 * Recognition (DOMAIN §6, §6a): star levels from total hours, a points ledger per volunteer with
 * redemption at the love supermarket (爱心超市), the yearly commendation (R-RECG-1) and the station
 * assessment scorecard.
 *
 * <p>Hours come in as {@link org.civility.core.recognition.HoursCredited} commands carrying the
 * service record's id; this feature does not depend on the record feature. The ledger is
 * append-only: a credit per record id at most once, a redemption per (volunteer, request id) at most
 * once, and the balance never goes negative.
 *
 * <p>The commendation ranks what {@link org.civility.core.recognition.CommendationGathering} gathers from the stores
 * (hours from the ledger, ratings from served orders, teams by their members, quotas by unit) and names a volunteer
 * only when their latest {@link org.civility.core.recognition.NamingConsent} is yes.
 */
package org.civility.core.recognition;
