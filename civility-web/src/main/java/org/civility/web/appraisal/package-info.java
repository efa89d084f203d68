/**
 * REST adapter of {@link org.civility.core.appraisal} (评): {@code /api/v1/households} (register, list
 * by unit, read, award history) and {@code /api/v1/appraisals} (campaigns: nominate, open voting, vote
 * once per household (R-APPR-1), close voting into public notice, objections and their resolution,
 * award). {@link org.civility.web.appraisal.AppraisalProducers} builds the service.
 */
package org.civility.web.appraisal;
