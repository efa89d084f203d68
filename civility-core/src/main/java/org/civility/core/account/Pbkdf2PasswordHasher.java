package org.civility.core.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The default {@link PasswordHasher}, on the JDK alone: PBKDF2-HMAC-SHA256 with {@value #DEFAULT_ITERATIONS}
 * iterations (OWASP's figure for this function), a {@value #SALT_BYTES}-byte random salt and a
 * {@value #KEY_BYTES}-byte derived key, encoded in the PHC string style
 * <pre>$pbkdf2-sha256$i=600000$&lt;salt&gt;$&lt;key&gt;</pre>
 * (standard Base64 without padding), so every stored hash names its own algorithm and cost.
 *
 * <p>It also verifies the format of Jakarta Security's {@code Pbkdf2PasswordHash}, which the portal's accounts were
 * hashed with before ({@code PBKDF2WithHmacSHA256:2048:<salt>:<key>}, Base64 with padding; SHA224, SHA384 and SHA512
 * variants too). Such hashes, and any of this format with fewer iterations, {@link #needsRehash need a rehash}.
 * Comparisons are constant-time ({@link MessageDigest#isEqual}). Thread-safe.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 600_000;
    public static final int SALT_BYTES = 16;
    public static final int KEY_BYTES = 32;
    /** A stored hash asking for more than this is corrupt, not slow: refusing it keeps a bad row from tying up CPU. */
    static final int MAX_ITERATIONS = 10_000_000;

    private static final String PREFIX = "$pbkdf2-sha256$i=";
    private static final Pattern CURRENT =
            Pattern.compile("\\$pbkdf2-sha256\\$i=(\\d{1,9})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Pattern JAKARTA =
            Pattern.compile("PBKDF2WithHmacSHA(224|256|384|512):(\\d{1,9}):([A-Za-z0-9+/]+=*):([A-Za-z0-9+/]+=*)");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /** The default cost, {@value #DEFAULT_ITERATIONS} iterations. */
    public Pbkdf2PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /**
     * Another cost. Lower only to make tests fast; hashes of a higher cost verify and are not downgraded.
     *
     * @throws IllegalArgumentException below 1 or above {@value #MAX_ITERATIONS}
     */
    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + MAX_ITERATIONS + ": " + iterations);
        }
        this.iterations = iterations;
    }

    public int iterations() {
        return iterations;
    }

    @Override
    public PasswordHash hash(CharSequence password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive("PBKDF2WithHmacSHA256", password, salt, iterations, KEY_BYTES);
        return new PasswordHash(PREFIX + iterations + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(key));
    }

    @Override
    public boolean verify(CharSequence password, PasswordHash hash) {
        Parsed parsed = parse(hash);
        if (parsed == null || password == null) {
            return false;
        }
        byte[] actual = derive(parsed.algorithm, password, parsed.salt, parsed.iterations, parsed.key.length);
        return MessageDigest.isEqual(actual, parsed.key);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        Parsed parsed = parse(hash);
        return parsed == null || !parsed.current || parsed.iterations < iterations || parsed.salt.length < SALT_BYTES
                || parsed.key.length != KEY_BYTES;
    }

    private record Parsed(String algorithm, int iterations, byte[] salt, byte[] key, boolean current) {
    }

    private static Parsed parse(PasswordHash hash) {
        if (hash == null) {
            return null;
        }
        try {
            Matcher m = CURRENT.matcher(hash.encoded());
            if (m.matches()) {
                return checked(new Parsed("PBKDF2WithHmacSHA256", Integer.parseInt(m.group(1)),
                        Base64.getDecoder().decode(m.group(2)), Base64.getDecoder().decode(m.group(3)), true));
            }
            m = JAKARTA.matcher(hash.encoded());
            if (m.matches()) {
                return checked(new Parsed("PBKDF2WithHmacSHA" + m.group(1), Integer.parseInt(m.group(2)),
                        Base64.getDecoder().decode(m.group(3)), Base64.getDecoder().decode(m.group(4)), false));
            }
        } catch (IllegalArgumentException corrupt) {
            return null;
        }
        return null;
    }

    private static Parsed checked(Parsed p) {
        boolean sane = p.iterations >= 1 && p.iterations <= MAX_ITERATIONS && p.salt.length >= 8
                && p.key.length >= 16 && p.key.length <= 64;
        return sane ? p : null;
    }

    private static byte[] derive(String algorithm, CharSequence password, byte[] salt, int iterations, int keyBytes) {
        char[] chars = new char[password.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = password.charAt(i);
        }
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks " + algorithm, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
