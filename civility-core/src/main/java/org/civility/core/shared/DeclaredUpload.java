package org.civility.core.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static java.util.Objects.requireNonNull;

/**
 * The bytes of an upload on their way to a storage: counted and hashed as they are read, and reading stopped one byte
 * past the size the uploader declared, so a body longer than it said is cut off, never stored whole, and known
 * ({@link #hadDeclaredSize()}).
 */
public final class DeclaredUpload {

    private final MessageDigest sha256;
    private final Counting counted;

    public DeclaredUpload(InputStream content, long declaredSize) {
        requireNonNull(content, "content");
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
        counted = new Counting(new DigestInputStream(content, sha256), declaredSize);
    }

    /** The content, counted and hashed as it is read; it ends one byte past the declared size at the latest. */
    public InputStream content() {
        return counted;
    }

    /**
     * Whether exactly the declared number of bytes was read, and nothing after them. A storage that stopped at the
     * declared size has not looked past it: one more byte is read from the body here, so a longer body is known
     * whoever read it.
     */
    public boolean hadDeclaredSize() {
        return counted.count == counted.limit && !counted.exceeded && !counted.hasMore();
    }

    /** Hex SHA-256 of what was read; call once, after reading. */
    public String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Counts bytes and stops reading one byte past the declared size. */
    private static final class Counting extends FilterInputStream {
        private final long limit;
        long count;
        boolean exceeded;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        /** The caller of the storage owns the body and closes it: a storage closing it leaves it open for the probe. */
        @Override
        public void close() {
        }

        /** Whether the body goes on past what was read (an unreadable rest counts as more). */
        boolean hasMore() {
            if (!exceeded) {
                try {
                    if (super.read() >= 0) {
                        count++;
                        exceeded = true;
                    }
                } catch (IOException e) {
                    exceeded = true;
                }
            }
            return exceeded;
        }

        @Override
        public int read() throws IOException {
            if (count > limit) {
                exceeded = true;
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            if (count > limit) {
                exceeded = true;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (count > limit) {
                exceeded = true;
                return -1;
            }
            int allowed = (int) Math.min(length, limit + 1 - count);
            int n = super.read(buffer, offset, Math.max(allowed, 1));
            if (n > 0) {
                count += n;
            }
            if (count > limit) {
                exceeded = true;
            }
            return n;
        }
    }
}
