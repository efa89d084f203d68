/**
 * The {@code Idempotency-Key} header on the requests that create something (DOMAIN §6a; ADR 0027): a filter keeps what
 * the request sent, an interceptor inside the resource method's transaction answers a repeated request with the kept
 * answer, or keeps the new answer with its effect.
 */
package org.civility.web.idempotency;
