package org.civility.benchmarks.county;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CountySizeTest {

    @Test
    void aCountyAtScaleOne() {
        CountySize county = CountySize.of(1.0);

        assertThat(county).extracting(CountySize::centers, CountySize::institutes, CountySize::stations,
                        CountySize::volunteers, CountySize::records, CountySize::orders, CountySize::activities,
                        CountySize::offers)
                .containsExactly(1, 20, 400, 200_000, 1_000_000, 100_000, 20_000, 10_000);
    }

    @Test
    void aProvinceIsFortyCountiesAndATinyCountyStillHasOneUnitOfEachTier() {
        assertThat(CountySize.of(40)).extracting(CountySize::centers, CountySize::institutes, CountySize::stations,
                CountySize::records).containsExactly(40, 800, 16_000, 40_000_000);
        assertThat(CountySize.of(0.001)).extracting(CountySize::centers, CountySize::institutes,
                CountySize::stations, CountySize::volunteers, CountySize::records)
                .containsExactly(1, 1, 1, 200, 1_000);
    }

    @Test
    void stationsShareEveryTotalExactly() {
        CountySize size = CountySize.of(0.07);

        int records = IntStream.range(0, size.stations()).map(s -> size.perStation(size.records(), s)).sum();

        assertThat(size.stations()).isEqualTo(28);
        assertThat(records).isEqualTo(size.records());
    }

    @Test
    void refusesScalesThatAreNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> CountySize.of(0));
        assertThatIllegalArgumentException().isThrownBy(() -> CountySize.of(-1));
    }
}
