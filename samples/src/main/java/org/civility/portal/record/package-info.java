/**
 * The portal's service record jobs: {@link org.civility.portal.record.ForgottenCheckOutSchedule} closes forgotten
 * check-outs at their scheduled end, flagged for review, once the check-out grace has passed.
 */
package org.civility.portal.record;
