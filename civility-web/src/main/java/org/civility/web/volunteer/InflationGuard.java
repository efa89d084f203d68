package org.civility.web.volunteer;

import org.civility.core.shared.CivilityException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded workbook's zip as a stream before anything parses it, and refuses a zip bomb: an entry that
 * inflates past {@link #MAX_ENTRY_BYTES}, a whole that inflates past {@link #MAX_TOTAL_BYTES}, or an entry packed more
 * tightly than {@link #MAX_RATIO} to one once it passed {@link #RATIO_GRACE_BYTES} (a spreadsheet's XML packs ten to
 * twenty to one; zeros pack a thousand to one). Inflated bytes are counted and dropped, in an 8 KiB buffer, so a 5 MB
 * bomb that would inflate to gigabytes is refused after at most {@link #MAX_TOTAL_BYTES} of work and no memory to
 * speak of. A 5,000-row import inflates to a few megabytes.
 */
final class InflationGuard {

    static final long MAX_ENTRY_BYTES = 24L << 20;
    static final long MAX_TOTAL_BYTES = 32L << 20;
    static final long RATIO_GRACE_BYTES = 1L << 20;
    static final int MAX_RATIO = 100;

    private InflationGuard() {
    }

    /**
     * @throws CivilityException {@code IMPORT-FILE-INFLATED} for a bomb, {@code IMPORT-NOT-XLSX} for no zip
     */
    static void check(byte[] file) {
        byte[] buffer = new byte[8192];
        long total = 0;
        int entries = 0;
        Position read = new Position(file);
        try (ZipInputStream zip = new ZipInputStream(read)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                long inflated = 0;
                long start = read.position();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    total += n;
                    // The zip stream reads ahead a little, which only makes the ratio look kinder by a buffer.
                    long packed = Math.max(1, read.position() - start);
                    if (inflated > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                            || inflated > RATIO_GRACE_BYTES && inflated / packed > MAX_RATIO) {
                        throw CivilityException.of(ImportError.INFLATED, "maxMegabytes", MAX_TOTAL_BYTES >> 20);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CivilityException(ImportError.NOT_XLSX);
        }
        if (entries == 0) {
            throw new CivilityException(ImportError.NOT_XLSX);
        }
    }

    /** The file, telling how much of it was read. */
    private static final class Position extends ByteArrayInputStream {

        Position(byte[] file) {
            super(file);
        }

        synchronized long position() {
            return pos;
        }
    }
}
