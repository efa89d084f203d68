package org.civility.core.activity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.civility.core.shared.DeclaredUpload;

/**
 * The bytes of a photo on their way to the storage: its first bytes read ahead (for the magic number) and given back,
 * then every byte counted and hashed, and reading stopped one byte past the declared size.
 */
final class PhotoUpload {

    private final byte[] header;
    private final DeclaredUpload upload;

    PhotoUpload(InputStream content, long declaredSize) {
        BufferedInputStream buffered = new BufferedInputStream(content);
        try {
            buffered.mark(ImageType.HEADER_LENGTH + 1);
            header = buffered.readNBytes(ImageType.HEADER_LENGTH);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        upload = new DeclaredUpload(buffered, declaredSize);
    }

    /** The first bytes, at most {@value ImageType#HEADER_LENGTH}. */
    byte[] header() {
        return header.clone();
    }

    /** The whole content, counted and hashed as it is read. */
    InputStream content() {
        return upload.content();
    }

    /** Whether exactly the declared number of bytes was read, and nothing after them. */
    boolean hadDeclaredSize() {
        return upload.hadDeclaredSize();
    }

    /** Hex SHA-256 of what was read; call once, after reading. */
    String sha256() {
        return upload.sha256();
    }
}
