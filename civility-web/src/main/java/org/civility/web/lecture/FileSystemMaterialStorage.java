package org.civility.web.lecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.civility.core.lecture.MaterialStorage;

import static java.util.Objects.requireNonNull;

/**
 * Keeps lecture materials as files below a directory (config {@code civility.storage.dir}, default
 * {@code ~/.civility/files}). A file is written to a temporary name first and moved into place, so a
 * reader never sees half a file. Keys are checked so none escapes the directory.
 */
public final class FileSystemMaterialStorage implements MaterialStorage {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private final Path root;

    public FileSystemMaterialStorage(Path root) {
        this.root = requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The root directory. */
    public Path root() {
        return root;
    }

    @Override
    public void store(String key, InputStream content, String contentType, long size) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        try {
            return Optional.of(Files.newInputStream(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("storage key " + key + " is not a plain relative path");
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("storage key " + key + " leaves the storage directory");
        }
        return path;
    }
}
