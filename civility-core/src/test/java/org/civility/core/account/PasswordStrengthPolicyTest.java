package org.civility.core.account;

import java.util.List;

import org.civility.core.shared.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordStrengthPolicyTest {

    private final PasswordStrengthPolicy policy = PasswordStrengthPolicy.defaults();

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(decide("wang", "晨光里的文化礼堂").isAllowed()).isFalse();
        assertThat(decide("wang", "晨光里的文化礼堂开门了").isAllowed()).isTrue();
        assertThat(decide("wang", "correct horse battery").isAllowed()).isTrue();
    }

    @Test
    void refusesPasswordsShorterThanTenCharactersCountedAsPeopleDo() {
        assertThat(decide("wang", "x7#kQ9!pL")).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(AccountError.PASSWORD_TOO_SHORT);
            assertThat(r.args()).containsEntry("min", 10);
        });
        // nine Chinese characters are nine, not eighteen or twenty-seven
        assertThat(decide("wang", "九个汉字组成的密码").isAllowed()).isFalse();
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertThat(decide("wang", "a".repeat(257))).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(AccountError.PASSWORD_TOO_LONG));
    }

    @Test
    void refusesTheUsernameOrAPasswordContainingItIgnoringCase() {
        assertThat(decide("station-head", "station-head")).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(AccountError.PASSWORD_CONTAINS_USERNAME));
        assertThat(decide("station-head", "My-STATION-HEAD-2026").isAllowed()).isFalse();
    }

    @Test
    void refusesCommonPasswordsIgnoringCase() {
        for (String common : List.of("1234567890", "qwertyuiop", "1qaz2wsx3edc", "Password123!".substring(0, 11),
                "woaini1314", "ILOVEYOU12")) {
            assertThat(decide("wang", common)).as(common).isInstanceOfSatisfying(Decision.Rejected.class,
                    r -> assertThat(r.code()).isIn(AccountError.PASSWORD_TOO_COMMON, AccountError.PASSWORD_TOO_SHORT));
        }
        assertThat(decide("wang", "1qaz2wsx3edc")).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(AccountError.PASSWORD_TOO_COMMON));
    }

    @Test
    void theShippedListHoldsAboutTenThousandRealPasswords() {
        CommonPasswords shipped = CommonPasswords.shipped();

        assertThat(shipped.size()).isBetween(10_000, 12_000);
        assertThat(shipped.contains("123456")).isTrue();
        assertThat(shipped.contains("password")).isTrue();
        assertThat(shipped.contains("5201314")).isTrue();
        assertThat(shipped.contains("# Passwords too common to allow")).isFalse();
    }

    @Test
    void theMinimumLengthAndTheListAreSettings() {
        PasswordStrengthPolicy local = new PasswordStrengthPolicy(12, CommonPasswords.of(List.of("YuanDong-Village")));

        assertThat(local.evaluate(new PasswordStrengthPolicy.Candidate("wang", "eleven-char")).isAllowed()).isFalse();
        assertThat(local.evaluate(new PasswordStrengthPolicy.Candidate("wang", "yuandong-village")).isAllowed())
                .isFalse();
        assertThat(local.evaluate(new PasswordStrengthPolicy.Candidate("wang", "1234567890ab")).isAllowed()).isTrue();
        assertThatThrownBy(() -> new PasswordStrengthPolicy(6, CommonPasswords.shipped()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCandidateDoesNotPrintThePassword() {
        assertThat(new PasswordStrengthPolicy.Candidate("wang", "secret-phrase-here").toString())
                .doesNotContain("secret");
    }

    private Decision decide(String username, String password) {
        return policy.evaluate(new PasswordStrengthPolicy.Candidate(username, password));
    }
}
