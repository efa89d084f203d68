/**
 * Lectures (讲, DOMAIN §4): a unit's lectures with a qualified speaker (R-LECT-2, {@link
 * org.civility.core.lecture.QualifiedSpeakerPolicy}) moving PREPARED (备课) → GIVEN (授课) → REVIEWED (评课);
 * their materials archived by topic through the {@link org.civility.core.lecture.MaterialStorage} port under
 * size and type limits (R-LECT-3); the monthly compliance report of stations (R-LECT-1,
 * {@link org.civility.core.lecture.LectureComplianceReport}); yearly study plans drawn from the parent's plan
 * and residents' requests (R-LECT-4, {@link org.civility.core.lecture.StudyPlan}).
 */
package org.civility.core.lecture;
