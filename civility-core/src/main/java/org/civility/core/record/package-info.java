/**
 * Service records (DOMAIN §6, §6a): append-only, hash-linked entries of who served what, where, when and for how
 * many minutes. One hash chain per recording unit; a correction is a new entry pointing at the one it corrects, in
 * the same unit's chain.
 *
 * <p>Check-in codes ({@link org.civility.core.record.CheckInCode}): an administrator opens six digits (to be typed)
 * with a random link token (carried by the QR code) for an activity; volunteers check in and out with either within
 * a window around the schedule, once per code. A code one may not use gets one answer, whatever the reason, and an
 * account that tries too many is held up for a while (R-ACC-2,
 * {@link org.civility.core.record.WrongCodeThrottlePolicy}). Location is taken only with separate consent and is never needed. Forgotten check-outs are closed
 * at the scheduled end, flagged and credit nothing until an administrator reviews them with a make-up.
 *
 * <p>Exports ({@link org.civility.core.record.ServiceRecordExport}): the effective entries of a unit's subtree over
 * a bounded period, with unit and volunteer names and a {@link org.civility.core.record.RecordStatus}; never ID or
 * phone numbers.
 *
 * <p>Who sees what: the staff who keep a unit's records (MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS there) make up and
 * correct time, export and read entries in full; anyone else with VIEW reads them without hashes and without the
 * check-in location, which the volunteer alone keeps seeing. New time is made up only for a volunteer of the
 * recording unit's own branch.
 */
package org.civility.core.record;
