/**
 * The HTTP benchmarks' baseline WAR: one bare JAX-RS endpoint, {@code GET /api/ping}. It is deployed alone on the
 * Payara Micro the portal runs on, so that the portal's throughput and start time can be read as a ratio to what
 * the server gives with nothing of Civility in it (issue 14: P1 and P5).
 */
package org.civility.benchmarks.baseline;
