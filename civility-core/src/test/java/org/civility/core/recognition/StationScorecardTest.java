package org.civility.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

class StationScorecardTest {

    @Test
    void aStationMeetingEveryTargetScores100() {
        assertThat(StationScorecard.of(2, 3, 12, 150).score()).isEqualTo(100.0);
        assertThat(StationScorecard.of(2, 3, 12, 150).complete()).isTrue();
    }

    @Test
    void partsScoreProRataUpToTheirTarget() {
        // venues 20 + teams 20*1/3 + activities 30*6/12 + records 30*0
        assertThat(StationScorecard.of(1, 1, 6, 0).score()).isEqualTo(41.7);
        assertThat(StationScorecard.of(1, 1, 6, 0).complete()).isFalse();
    }

    @Test
    void anEmptyStationScoresZero() {
        assertThat(StationScorecard.of(0, 0, 0, 0).score()).isZero();
    }

    @Test
    void weightsAreConfigurable() {
        StationScorecard.Weights recordsOnly = new StationScorecard.Weights(0, 1, 0, 1, 0, 1, 10, 10);

        assertThat(new StationScorecard(5, 5, 5, 5, recordsOnly).score()).isEqualTo(5.0);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> StationScorecard.of(-1, 0, 0, 0)).isInstanceOf(CivilityException.class);
    }
}
