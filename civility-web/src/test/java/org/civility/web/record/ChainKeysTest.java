package org.civility.web.record;

import org.civility.core.organisation.UnitId;
import org.civility.core.record.ChainSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ChainKeysTest {

    private static final UnitId UNIT = new UnitId(UUID.randomUUID());

    @Test
    void createsAKeyFileReadableByItsOwnerOnlyAndKeepsUsingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys").resolve("record-chain.key");

        ChainSeal first = ChainKeys.seal(Optional.empty(), Optional.of(file.toString()));
        ChainSeal again = ChainKeys.seal(Optional.empty(), Optional.of(file.toString()));

        assertThat(Files.readAllBytes(file)).hasSize(ChainSeal.MIN_KEY_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(again.verifies(first.head(UNIT, 1, "a".repeat(64)))).isTrue();
        assertThat(ChainKeys.seal(Optional.empty(), Optional.of(dir.resolve("other.key").toString()))
                .verifies(first.head(UNIT, 1, "a".repeat(64)))).as("another installation's key").isFalse();
    }

    @Test
    void takesAKeyGivenInBase64BeforeAnyFile(@TempDir Path dir) {
        byte[] key = new byte[48];
        key[0] = 7;
        String base64 = Base64.getEncoder().encodeToString(key);

        ChainSeal seal = ChainKeys.seal(Optional.of(base64), Optional.of(dir.resolve("unused.key").toString()));

        assertThat(seal.verifies(ChainSeal.withKey(key).head(UNIT, 3, "b".repeat(64)))).isTrue();
        assertThat(dir.resolve("unused.key")).doesNotExist();
    }

    @Test
    void refusesKeysShorterThan256BitsAndKeysThatAreNotBase64(@TempDir Path dir) throws Exception {
        assertThatIllegalArgumentException().isThrownBy(() -> ChainKeys.seal(
                Optional.of(Base64.getEncoder().encodeToString(new byte[16])), Optional.empty()));
        assertThatIllegalStateException().isThrownBy(() -> ChainKeys.seal(Optional.of("not base64!"),
                Optional.empty()));
        Path shortFile = Files.write(dir.resolve("short.key"), new byte[8]);
        assertThatIllegalStateException().isThrownBy(() -> ChainKeys.seal(Optional.empty(),
                Optional.of(shortFile.toString())));
    }
}
