package org.civility.core.activity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeTemplateTest {

    @Test
    void theCatalogueHoldsTheFourSeasonalProgrammes() {
        assertThat(ProgrammeTemplates.all()).extracting(ProgrammeTemplate::code)
                .containsExactly("LEARN_FROM_LEI_FENG", "SUMMER_COOLING", "AUTUMN_ELDERS", "WINTER_WARMTH");
        assertThat(ProgrammeTemplates.byCode("SUMMER_COOLING")).contains(ProgrammeTemplates.SUMMER_COOLING);
        assertThat(ProgrammeTemplates.byCode("nope")).isEmpty();
    }

    @Test
    void leiFengDayLiesInTheSpringSeason() {
        assertThat(ProgrammeTemplates.LEARN_FROM_LEI_FENG.isInSeason(2026, LocalDate.of(2026, 3, 5))).isTrue();
        assertThat(ProgrammeTemplates.LEARN_FROM_LEI_FENG.isInSeason(2026, LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void theWinterSeasonRunsOverTheNewYear() {
        ProgrammeTemplate winter = ProgrammeTemplates.WINTER_WARMTH;

        assertThat(winter.spansNewYear()).isTrue();
        assertThat(winter.seasonEndIn(2025)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(winter.isInSeason(2025, LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(winter.isInSeason(2025, LocalDate.of(2026, 2, 1))).isTrue();
        assertThat(winter.isInSeason(2025, LocalDate.of(2025, 2, 1))).isFalse();
    }
}
