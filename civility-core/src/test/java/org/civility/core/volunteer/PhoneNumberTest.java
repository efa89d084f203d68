package org.civility.core.volunteer;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @Test
    void acceptsElevenDigitsStartingWithOne() {
        assertThat(PhoneNumber.of("13812345678").value()).isEqualTo("13812345678");
        assertThat(PhoneNumber.of(" 13812345678 ").value()).isEqualTo("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1381234567", "138123456789", "23812345678", "1381234567a", "+8613812345678",
            "138-1234-5678"})
    void rejectsAnythingElse(String phone) {
        assertThatThrownBy(() -> PhoneNumber.of(phone))
                .isInstanceOfSatisfying(CivilityException.class, e ->
                        assertThat(e.code()).isEqualTo("VOLUNTEER-PHONE-FORMAT"));
    }

    @Test
    void masksTheMiddleFourDigits() {
        PhoneNumber phone = PhoneNumber.of("13812345678");

        assertThat(phone.masked()).isEqualTo("138****5678");
        assertThat(phone.toString()).isEqualTo("138****5678");
    }
}
