package org.civility.core.activity;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of a photo on their way to the storage: its first bytes read ahead (for the magic number) and given back,
 * then every byte counted and hashed, and reading stopped one byte past the declared size.
 */
final class PhotoUpload {

    private final BufferedInputStream buffered;
    private final byte[] header;
    private final MessageDigest sha256;
    private final Counting counted;

    PhotoUpload(InputStream content, long declaredSize) {
        buffered = new BufferedInputStream(content);
        try {
            buffered.mark(ImageType.HEADER_LENGTH + 1);
            header = buffered.readNBytes(ImageType.HEADER_LENGTH);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
        counted = new Counting(new DigestInputStream(buffered, sha256), declaredSize);
    }

    /** The first bytes, at most {@value ImageType#HEADER_LENGTH}. */
    byte[] header() {
        return header.clone();
    }

    /** The whole content, counted and hashed as it is read. */
    InputStream content() {
        return counted;
    }

    /** Whether exactly the declared number of bytes was read, and nothing after them. */
    boolean hadDeclaredSize() {
        return counted.count == counted.limit && !counted.exceeded;
    }

    /** Hex SHA-256 of what was read; call once, after reading. */
    String sha256() {
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
