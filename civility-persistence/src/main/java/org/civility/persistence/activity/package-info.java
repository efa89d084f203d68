/**
 * JPA model of activities ({@code civ_activity}, {@code civ_activity_theme},
 * {@code civ_activity_sign_up}, migration V5) and {@link org.civility.persistence.activity.JpaActivityRepository}.
 */
package org.civility.persistence.activity;
