package org.civility.core.record;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * The sealed head of a unit's chain (R-REC-1, 谁记录谁证明): the sequence and hash of its last entry, and a
 * {@link ChainSeal} over both. Kept beside the entries and moved on in the same transaction as every append. Whoever
 * can write the database but does not hold the key outside it cannot move the head: cutting entries off the end
 * leaves the head past the last entry, and rewriting entries (hashes recomputed) leaves the head's hash unmatched.
 *
 * @param sequence the last entry's sequence (1, 2, ...)
 * @param hash     the last entry's hash
 * @param seal     HMAC-SHA256 (hex) of the unit, sequence and hash, under the installation's chain key
 */
public record ChainHead(UnitId unit, long sequence, String hash, String seal) {

    public ChainHead {
        requireNonNull(unit, "unit");
        requireNonNull(hash, "hash");
        requireNonNull(seal, "seal");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence < 1: " + sequence);
        }
    }

    /** Whether this head names {@code entry} (same unit, sequence and hash). */
    public boolean names(ServiceRecord entry) {
        return entry.unit().equals(unit) && entry.sequence() == sequence && entry.hash().equals(hash);
    }
}
