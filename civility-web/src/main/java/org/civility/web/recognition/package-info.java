/**
 * The recognition API: {@code /api/v1/volunteers/{id}/recognition} (hours by source, star level with the
 * locality's thresholds, points balance, the ledger, redemption at the love supermarket 爱心超市 idempotent per
 * request id, consent to public naming), {@code /api/v1/units/{id}/commendations} (R-RECG-1) and
 * {@code /api/v1/units/{id}/scorecard} (the station assessment). Hours reach the points ledger through
 * {@link org.civility.web.recognition.ServiceRecordedObserver}: every appended service record entry is credited
 * by the difference it makes to the entries it corrects ({@link org.civility.web.recognition.RecordCrediting}).
 * Also produces the ledger and consent ports, the services and the feature's settings.
 */
package org.civility.web.recognition;
