package org.civility.core.account;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.AccountFixtures.DEMO_PASSWORD;
import static org.civility.core.fixtures.AccountFixtures.FAST_HASHER;
import static org.civility.core.fixtures.AccountFixtures.SOTERIA_DEMO_HASH;

class Pbkdf2PasswordHasherTest {

    @Test
    void theDefaultIsPbkdf2Sha256With600000IterationsA16ByteSaltAndA32ByteKeyNamedInTheHash() {
        // when
        PasswordHash hash = new Pbkdf2PasswordHasher().hash("晨光里的文化礼堂开门了");

        // then
        String[] parts = hash.encoded().split("\\$");
        assertThat(parts).hasSize(5);
        assertThat(parts[1]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[2]).isEqualTo("i=600000");
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(32);
        assertThat(new Pbkdf2PasswordHasher().verify("晨光里的文化礼堂开门了", hash)).isTrue();
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEveryHash() {
        PasswordHash first = FAST_HASHER.hash("correct horse battery");
        PasswordHash second = FAST_HASHER.hash("correct horse battery");

        assertThat(first).isNotEqualTo(second);
        assertThat(FAST_HASHER.verify("correct horse battery", first)).isTrue();
        assertThat(FAST_HASHER.verify("correct horse battery", second)).isTrue();
        assertThat(FAST_HASHER.verify("correct horse batterY", first)).isFalse();
        assertThat(FAST_HASHER.verify("", first)).isFalse();
    }

    @Test
    void verifiesTheHashesJakartaSecurityMadeForTheDemoAccountsAndAsksToUpgradeThem() {
        // given a hash Jakarta Security's Pbkdf2PasswordHash (Soteria) produced with its defaults, as DemoData stores
        PasswordHash legacy = new PasswordHash(SOTERIA_DEMO_HASH);

        // then
        assertThat(FAST_HASHER.verify(DEMO_PASSWORD, legacy)).isTrue();
        assertThat(FAST_HASHER.verify("civility-dem0", legacy)).isFalse();
        assertThat(FAST_HASHER.needsRehash(legacy)).isTrue();
    }

    @Test
    void verifiesJakartaSecurityHashesOfOtherShaVariants() {
        // PBKDF2WithHmacSHA512, 1024 iterations, 16-byte salt, 64-byte key: the Jakarta format's other variants
        PasswordHash sha512 = new PasswordHash("PBKDF2WithHmacSHA512:1024:AAECAwQFBgcICQoLDA0ODw==:"
                + derive("PBKDF2WithHmacSHA512", "晨光", new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
                1024, 64));

        assertThat(FAST_HASHER.verify("晨光", sha512)).isTrue();
        assertThat(FAST_HASHER.needsRehash(sha512)).isTrue();
    }

    @Test
    void asksToRehashAHashOfFewerIterationsThanItUsesButNotOfMore() {
        PasswordHash weak = new Pbkdf2PasswordHasher(500).hash("pw-1234567890");
        PasswordHash strong = new Pbkdf2PasswordHasher(2_000).hash("pw-1234567890");

        assertThat(FAST_HASHER.needsRehash(weak)).isTrue();
        assertThat(FAST_HASHER.needsRehash(FAST_HASHER.hash("x"))).isFalse();
        assertThat(FAST_HASHER.needsRehash(strong)).isFalse();
        assertThat(FAST_HASHER.verify("pw-1234567890", strong)).isTrue();
    }

    @Test
    void aHashItCannotReadMatchesNothingAndNeedsARehash() {
        for (String corrupt : new String[]{"plain-text-password", "$pbkdf2-sha256$i=x$abc$def",
                "$pbkdf2-sha256$i=99999999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "PBKDF2WithHmacMD5:1000:AAAA:AAAA", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
                "PBKDF2WithHmacSHA256:2048:!!:??"}) {
            PasswordHash hash = new PasswordHash(corrupt);
            assertThat(FAST_HASHER.verify("anything", hash)).as(corrupt).isFalse();
            assertThat(FAST_HASHER.needsRehash(hash)).as(corrupt).isTrue();
        }
    }

    private static String derive(String algorithm, String password, byte[] salt, int iterations, int bytes) {
        try {
            var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
            return Base64.getEncoder().encodeToString(
                    javax.crypto.SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
