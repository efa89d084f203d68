/**
 * Requests that may be sent twice and act once (DOMAIN §6a): a client that lost the answer to a request that creates
 * something sends it again with the same {@code Idempotency-Key} and gets the first answer back instead of a second
 * effect. {@link org.civility.core.idempotency.IdempotentRequests} holds the rules, an
 * {@link org.civility.core.idempotency.IdempotentReplyRepository} keeps the answers.
 */
package org.civility.core.idempotency;
