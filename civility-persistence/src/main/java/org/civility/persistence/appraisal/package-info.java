/**
 * JPA adapters of the appraisal feature (评): households with their voters and award history, and
 * campaigns with nominations, votes and objections (migration {@code V7__appraisal.sql}). The vote
 * table's unique (campaign, household) is the database's backstop for R-APPR-1.
 */
package org.civility.persistence.appraisal;
