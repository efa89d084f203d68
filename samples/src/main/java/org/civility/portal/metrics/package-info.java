/**
 * What an operator watches on {@code /metrics} (MicroProfile Metrics, Prometheus format): every API request by method,
 * route and status class with its latency, and the notice outbox's backlog. Names in the README.
 */
package org.civility.portal.metrics;
