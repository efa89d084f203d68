/** The hourly clean-up of answers kept for {@code Idempotency-Key}s (ADR 0027). */
package org.civility.portal.idempotency;
