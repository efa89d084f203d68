package org.civility.core.volunteer;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.SAMPLE_ID;
import static org.civility.core.fixtures.VolunteerFixtures.residentIdBornOn;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE_ID, "110105194912310038", "320106199003071234", "11010519491231002x",
            "510104200002290038", "110101200001010010"})
    void acceptsNumbersWithTheRightCheckCharacter(String number) {
        // when
        ResidentIdNumber id = ResidentIdNumber.of(number);

        // then
        assertThat(id.value()).isEqualTo(number.toUpperCase());
    }

    @Test
    void normalisesLowerCaseXToUpperCase() {
        assertThat(ResidentIdNumber.of("11010519491231002x").value()).isEqualTo(SAMPLE_ID);
        assertThat(ResidentIdNumber.of("11010519491231002x")).isEqualTo(ResidentIdNumber.of(SAMPLE_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "1101051949123100201", "", "1101051949123100AX",
            "X1010519491231002X", "11010519491231002Y", "110105 9491231002X", "１１010519491231002X"})
    void rejectsMalformedNumbers(String number) {
        assertThatThrownBy(() -> ResidentIdNumber.of(number))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-ID-FORMAT");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                });
    }

    static Stream<Arguments> everySingleDigitChange() {
        return IntStream.range(0, ResidentIdNumber.LENGTH).boxed().flatMap(position ->
                "0123456789X".chars().mapToObj(c -> (char) c)
                        .filter(c -> c != SAMPLE_ID.charAt(position))
                        .filter(c -> c != 'X' || position == ResidentIdNumber.LENGTH - 1)
                        .map(c -> Arguments.of(position, c)));
    }

    @ParameterizedTest(name = "position {0} changed to {1}")
    @MethodSource("everySingleDigitChange")
    void detectsEverySingleCharacterChange(int position, char replacement) {
        // given
        String changed = SAMPLE_ID.substring(0, position) + replacement + SAMPLE_ID.substring(position + 1);

        // then
        assertThatThrownBy(() -> ResidentIdNumber.of(changed))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-ID-CHECK-DIGIT");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                });
    }

    @Test
    void reportsExpectedAndActualCheckCharacter() {
        assertThatThrownBy(() -> ResidentIdNumber.of("110105194912310025"))
                .isInstanceOfSatisfying(CivilityException.class, e ->
                        assertThat(e.args()).containsEntry("expected", "X").containsEntry("actual", "5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19491331", "19490230", "20250229", "18991231", "21000101"})
    void rejectsBirthDatesThatAreNotRealOrInTheFuture(String birth) {
        // given a number with a correct check character around an impossible birth date
        String first17 = "110105" + birth + "002";
        String number = first17 + ResidentIdNumber.checkCharacter(first17);

        // then
        assertThatThrownBy(() -> ResidentIdNumber.of(number))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("VOLUNTEER-ID-BIRTH-DATE");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                });
    }

    @Test
    void readsBirthDateAgeAndGender() {
        // given
        ResidentIdNumber id = ResidentIdNumber.of(SAMPLE_ID);

        // then
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.ageOn(LocalDate.of(2025, 12, 30))).isEqualTo(75);
        assertThat(id.ageOn(LocalDate.of(2025, 12, 31))).isEqualTo(76);
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(ResidentIdNumber.of("320106199003071234").gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void masksAllButTheFirstThreeAndLastFourCharacters() {
        ResidentIdNumber id = ResidentIdNumber.of(SAMPLE_ID);

        assertThat(id.masked()).isEqualTo("110***********002X");
        assertThat(id.toString()).isEqualTo("110***********002X").doesNotContain("19491231");
        assertThat(id.value()).isEqualTo(SAMPLE_ID);
    }

    @Test
    void checkCharacterOfGeneratedNumbersIsAccepted() {
        LocalDate birth = LocalDate.of(2010, 2, 28);
        for (int i = 0; i < 50; i++) {
            assertThat(ResidentIdNumber.of(residentIdBornOn(birth)).birthDate()).isEqualTo(birth);
        }
    }

    @Test
    void malformedNumbersNeverAppearInFullInErrors() {
        assertThatThrownBy(() -> ResidentIdNumber.of("1101051949123100201"))
                .isInstanceOfSatisfying(CivilityException.class, e ->
                        assertThat(e.getMessage()).doesNotContain("1101051949123100201"));
    }
}
