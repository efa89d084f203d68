/**
 * Governance settings: the thresholds of policies (an age, a time limit) that localities may
 * configure. A value set at a unit is inherited below it; a unit may tighten what its parents
 * impose, never loosen it (GOV-LOOSEN), and the value in force is always the tightest of the default
 * and every value set along the unit's ancestry. {@link org.civility.core.governance.GovernanceService}
 * is the {@link org.civility.core.governance.PolicySettings} that every policy reads through.
 */
package org.civility.core.governance;
