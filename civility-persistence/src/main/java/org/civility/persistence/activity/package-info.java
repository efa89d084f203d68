/**
 * JPA model of activities ({@code civ_activity}, {@code civ_activity_theme},
 * {@code civ_activity_sign_up}, migration V5) and {@link org.civility.persistence.activity.JpaActivityRepository};
 * of the records of held activities (R-ACT-1: {@code civ_activity_record} with its attendees, names and photos,
 * migration V47) and {@link org.civility.persistence.activity.JpaActivityRecordRepository}.
 */
package org.civility.persistence.activity;
