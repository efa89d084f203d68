package org.civility.core.venue;

/**
 * Who approves a use of a venue other than practice (R-VEN-2, clarified): the value of the setting
 * {@link CommitteeApprovesOtherUsePolicy#APPROVERS}. The constants are declared from loosest to tightest, the order
 * in which settings are tightened down the tiers (ADR 0007); here "tighter" means "decided more firmly", so that a
 * locality can widen the default for its units and a unit below can narrow again (ADR 0034):
 * <ol>
 *   <li>{@link #COMMITTEE} the default of DOMAIN §10: only the residents' committee approves; nobody above decided,
 *       so a unit below may still widen;</li>
 *   <li>{@link #COMMITTEE_OR_ADMINISTRATORS} a county or township widened it: the administrators of the venue's
 *       station approve too (those who manage its venues), unless they could have set the widening themselves;</li>
 *   <li>{@link #COMMITTEE_ONLY} narrowed again, or locked: only the committee approves, and no unit below may
 *       widen (GOV-LOOSEN).</li>
 * </ol>
 */
public enum OtherUseApprovers {
    /** The residents' committee (居委会/村委会), as DOMAIN.md says; a unit below may widen. The default. */
    COMMITTEE,
    /** The committee, and the administrators who manage the venue, where a unit above widened it. */
    COMMITTEE_OR_ADMINISTRATORS,
    /** The committee alone, and no unit below may widen it. */
    COMMITTEE_ONLY;

    /** Whether administrators approve too where this value is in force. */
    public boolean includesAdministrators() {
        return this == COMMITTEE_OR_ADMINISTRATORS;
    }
}
