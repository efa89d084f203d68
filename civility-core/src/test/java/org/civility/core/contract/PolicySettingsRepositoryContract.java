package org.civility.core.contract;

import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PolicySettingsRepository} must do. Runs against the in-memory adapter and,
 * through JPA, against H2, PostgreSQL and MariaDB.
 */
public abstract class PolicySettingsRepositoryContract {

    protected abstract PolicySettingsRepository repository();

    /** A fresh unit settings may be stored for (a JPA subclass stores a real unit row). */
    protected abstract UnitId aUnit();

    @Test
    void findsNothingForAUnitWithoutSettings() {
        assertThat(repository().find(aUnit())).isEmpty();
    }

    @Test
    void roundTripsEveryNameAndValue() {
        UnitId unit = aUnit();
        Map<String, String> settings = Map.of(
                "venue.max-booking-hours", "6",
                "volunteer.guardian-consent-below-age", "18",
                "notice.default-zone", "Asia/Shanghai",
                "local.note", "村规民约 第三条");

        repository().store(unit, settings);

        assertThat(repository().find(unit)).isEqualTo(settings);
    }

    @Test
    void replacesEverySettingOfTheUnit() {
        UnitId unit = aUnit();
        repository().store(unit, Map.of("a.one", "1", "a.two", "2"));

        repository().store(unit, Map.of("a.two", "3", "a.three", "4"));

        assertThat(repository().find(unit)).isEqualTo(Map.of("a.two", "3", "a.three", "4"));
    }

    @Test
    void clearsTheUnitWithAnEmptyMap() {
        UnitId unit = aUnit();
        repository().store(unit, Map.of("a.one", "1"));

        repository().store(unit, Map.of());

        assertThat(repository().find(unit)).isEmpty();
    }

    @Test
    void keepsUnitsApart() {
        UnitId one = aUnit();
        UnitId other = aUnit();

        repository().store(one, Map.of("a.one", "1"));
        repository().store(other, Map.of("a.one", "2"));

        assertThat(repository().find(one)).containsExactly(Map.entry("a.one", "1"));
        assertThat(repository().find(other)).containsExactly(Map.entry("a.one", "2"));
    }

    @Test
    void ignoresLaterChangesToTheGivenMap() {
        UnitId unit = aUnit();
        Map<String, String> mutable = new HashMap<>(Map.of("a.one", "1"));
        repository().store(unit, mutable);

        mutable.put("a.two", "2");

        assertThat(repository().find(unit)).isEqualTo(Map.of("a.one", "1"));
    }
}
