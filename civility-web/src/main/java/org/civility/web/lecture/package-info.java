/**
 * REST resources of the lecture feature (讲, R-LECT-1..4): {@code v1/lectures} (schedule, give,
 * review, materials), {@code v1/units/{id}/lecture-compliance}, {@code v1/units/{id}/study-plans} and
 * {@code v1/units/{id}/lecture-requests}; the file-system {@link org.civility.core.lecture.MaterialStorage}.
 */
package org.civility.web.lecture;
