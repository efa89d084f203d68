/**
 * Assistance (帮, DOMAIN §4): care recipients and care pairings (结对关爱).
 *
 * <p>A {@link org.civility.core.assistance.CareRecipient} (left-behind child, orphaned or disabled
 * child, empty-nest elder, hardship household) is registered at a unit by someone with
 * {@code MANAGE_CARE}. A {@link org.civility.core.assistance.CarePairing} pairs one or more volunteers
 * with the recipient and a visit interval bounded by the setting
 * {@link org.civility.core.assistance.AssistanceSettings#MAX_VISIT_INTERVAL_DAYS}; the paired
 * volunteers record every visit; the pairing ends on a date.
 *
 * <p>R-HELP-1: a pairing is overdue when no visit took place within its interval since the last
 * visit (or the start); {@link org.civility.core.assistance.OverdueVisitsReport} lists them for a
 * unit subtree, without personal details.
 *
 * <p>Privacy, enforced by {@link org.civility.core.assistance.AssistanceService}: a recipient's
 * details (name, ID number, phone, address, needs, guardian, visit notes) are shown only to the
 * volunteers of an active pairing and to {@code VIEW_CARE_DETAILS} (the head). Administrators with
 * {@code MANAGE_CARE} see {@link org.civility.core.assistance.CareRecipientSummary summaries} only,
 * even of recipients they registered themselves.
 */
package org.civility.core.assistance;
