package org.civility.core.record;

import org.civility.core.organisation.UnitId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import static java.util.Objects.requireNonNull;

/**
 * Seals {@link ChainHead chain heads} with HMAC-SHA256 under a key the installation keeps outside its database
 * (R-REC-1): the database holds the seals, never the key, so rows rewritten or cut off in SQL cannot be sealed
 * again. The key is at least {@value #MIN_KEY_BYTES} bytes. Thread-safe.
 */
public final class ChainSeal {

    /** The shortest key taken: 256 bits, HMAC-SHA256's own strength. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private ChainSeal(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A seal under {@code key} (copied). */
    public static ChainSeal withKey(byte[] key) {
        requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("A chain key has at least " + MIN_KEY_BYTES + " bytes, not "
                    + key.length);
        }
        return new ChainSeal(key.clone());
    }

    /** The sealed head naming the entry {@code sequence} with {@code hash} as the last of {@code unit}'s chain. */
    public ChainHead head(UnitId unit, long sequence, String hash) {
        return new ChainHead(unit, sequence, hash, seal(unit, sequence, hash));
    }

    /** Whether {@code head}'s seal was made under this key for its unit, sequence and hash. */
    public boolean verifies(ChainHead head) {
        requireNonNull(head, "head");
        byte[] expected = seal(head.unit(), head.sequence(), head.hash()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, head.seal().getBytes(StandardCharsets.US_ASCII));
    }

    private String seal(UnitId unit, long sequence, String hash) {
        requireNonNull(unit, "unit");
        requireNonNull(hash, "hash");
        String text = "civility-chain-head-v1\n" + unit + "\n" + sequence + "\n" + hash + "\n";
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "ChainSeal[HmacSHA256]";
    }
}
