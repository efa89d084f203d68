/**
 * Matching (派单 support, DOMAIN §5): ranks the resource list's offers for an order by skill fit, closeness,
 * availability at the requested time and fairness of load, with a deterministic tie-break.
 *
 * <p>{@link org.civility.core.matching.ScanMatcher} is the reference: it scores every candidate.
 * {@link org.civility.core.matching.IndexedMatcher} returns the same ranking from an inverted index by skill with
 * spatial buckets, a bounded top-k heap and an upper-bound prune; it is built once for a snapshot of the offers
 * and fit for a million of them. Both score through the same functions ({@code Scoring}), so equal inputs give
 * bit-equal scores.
 */
package org.civility.core.matching;
