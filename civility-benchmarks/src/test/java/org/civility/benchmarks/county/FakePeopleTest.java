package org.civility.benchmarks.county;

import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FakePeopleTest {

    @Test
    void residentIdNumbersPassCoresCheckDigitAndAreUniqueAcrossAProvincesWorthOfACounty() {
        Set<String> seen = new HashSet<>();
        for (long n = 0; n < 300_000; n++) {
            String number = FakePeople.residentId("330102", n);

            ResidentIdNumber parsed = ResidentIdNumber.of(number);

            assertThat(parsed.value()).isEqualTo(number);
            assertThat(parsed.birthDate()).isBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31));
            assertThat(seen.add(number)).as("number %d repeats %s", n, number).isTrue();
        }
    }

    @Test
    void refusesVolunteerNumbersPastWhatOneAddressCodeHolds() {
        assertThatIllegalArgumentException().isThrownBy(() -> FakePeople.residentId("330102", 20_454_000L));
    }

    @Test
    void phonesAreMainlandMobileNumbersAndNamesAreTwoOrThreeCharacters() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            assertThat(new PhoneNumber(FakePeople.phone(random)).value()).hasSize(11);
            assertThat(FakePeople.name(random)).hasSizeBetween(2, 3);
        }
    }
}
