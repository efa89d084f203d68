/**
 * Appraisals (评, DOMAIN §4): star-rated civilised households, good neighbours, daughters- and
 * parents-in-law, most beautiful families, good people and moral models.
 *
 * <p>A {@link org.civility.core.appraisal.Household} (户) is registered at a unit with the account names
 * of its voting members and keeps its award history. An {@link org.civility.core.appraisal.AppraisalCampaign}
 * moves NOMINATING → VOTING → PUBLIC_NOTICE → AWARDED (R-APPR-1): nominations only while nominating;
 * votes only inside the voting window, one per household of the campaign's unit
 * ({@link org.civility.core.appraisal.OneVotePerHouseholdPolicy}); closing voting shortlists the winners
 * (star thresholds or top places) and starts a public notice of {@code appraisal.notice-days} (default 7,
 * units may only lengthen it); an objection during notice suspends the nomination until resolved; the
 * award stands only after the notice period with no objection open, and is written into each winning
 * household's history. {@link org.civility.core.appraisal.AppraisalService} is the entry point.
 *
 * <p>Residents recommend good people (推荐身边好人, R-APPR-2): a {@link org.civility.core.appraisal.Recommendation}
 * is an aggregate of its own beside the campaign (ADR 0035), made only while the campaign nominates, and decided
 * once by the residents' committee: confirmed into a nomination of the campaign, or declined with a reason. Who
 * recommended is shown only to that resident and to the committee.
 * {@link org.civility.core.appraisal.RecommendationService} is its entry point.
 */
package org.civility.core.appraisal;
