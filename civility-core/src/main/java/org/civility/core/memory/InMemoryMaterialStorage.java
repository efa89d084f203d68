package org.civility.core.memory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.civility.core.lecture.MaterialStorage;

/** Lecture materials' bytes in memory (tests, demos). Thread-safe. */
public final class InMemoryMaterialStorage implements MaterialStorage {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void store(String key, InputStream content, String contentType, long size) {
        try {
            files.put(key, content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        return Optional.ofNullable(files.get(key)).map(ByteArrayInputStream::new);
    }

    @Override
    public void delete(String key) {
        files.remove(key);
    }

    /** True if something is stored under {@code key}. */
    public boolean contains(String key) {
        return files.containsKey(key);
    }
}
