package org.civility.core.lecture;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of lecture materials (R-LECT-3) and of the photos of activity records (R-ACT-1, keys under
 * {@code activity-records/}) are kept: a port a portal implements (a disk, an object store). Keys are opaque paths
 * made of {@code [A-Za-z0-9._/-]}. Implementations must be thread-safe. {@code memory.InMemoryMaterialStorage} is the
 * in-memory one.
 */
public interface MaterialStorage {

    /**
     * Stores {@code size} bytes read from {@code content} under {@code key}, replacing what was there.
     * The caller closes the stream.
     *
     * @throws java.io.UncheckedIOException if the bytes cannot be written
     */
    void store(String key, InputStream content, String contentType, long size);

    /** The bytes under {@code key}, or empty; the caller closes the stream. */
    Optional<InputStream> open(String key);

    /**
     * Removes the bytes under {@code key}; does nothing if there are none. Called once the aggregate that listed
     * them is stored without them; a portal whose stores run in transactions deletes once that one commits.
     */
    void delete(String key);
}
