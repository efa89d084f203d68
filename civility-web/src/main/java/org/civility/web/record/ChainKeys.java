package org.civility.web.record;

import org.civility.core.record.ChainSeal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the installation's chain key comes from (R-REC-1; ADR 0028): never from the database it protects. Either
 * {@code civility.records.chain-key} (environment {@code CIVILITY_RECORDS_CHAIN_KEY}: Base64 of at least 32 bytes,
 * for a secret store that hands out values), or a key file: {@code civility.records.chain-key-file}, by default
 * {@code ~/.civility/record-chain.key}, created with 32 random bytes (readable by the owner only) when it does not
 * exist yet. The key itself is never logged; losing it leaves every chain unverifiable (SEAL), so back the file up
 * with the database's backups, but apart from them.
 */
public final class ChainKeys {

    private static final Logger LOG = Logger.getLogger(ChainKeys.class.getName());

    private ChainKeys() {
    }

    /** The seal under the configured key, or under the key file's (created if missing). */
    public static ChainSeal seal(Optional<String> base64Key, Optional<String> keyFile) {
        if (base64Key.isPresent() && !base64Key.get().isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64Key.get().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("civility.records.chain-key is not Base64");
            }
            return ChainSeal.withKey(key);
        }
        Path file = keyFile.filter(f -> !f.isBlank()).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".civility", "record-chain.key"));
        return ChainSeal.withKey(readOrCreate(file));
    }

    static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length < ChainSeal.MIN_KEY_BYTES) {
                throw new IllegalStateException("The chain key file " + file + " holds fewer than "
                        + ChainSeal.MIN_KEY_BYTES + " bytes");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The chain key file " + file + " cannot be read or created", e);
        }
    }

    /** Writes a new random key beside the file and moves it in place, so that two portals starting at once agree. */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] key = new byte[ChainSeal.MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(dir, ".record-chain", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the directory's own protection applies
            }
            Files.write(temp, key);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
            LOG.warning(() -> "civility records: created a new chain key in " + file
                    + "; back it up apart from the database: without it no chain verifies");
        } catch (FileAlreadyExistsException takenMeanwhile) {
            // another portal created it first: use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
