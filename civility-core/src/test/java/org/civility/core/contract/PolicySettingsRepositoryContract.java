package org.civility.core.contract;

import org.civility.core.governance.LocalSetting;
import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PolicySettingsRepository} must do. Runs against the in-memory adapter and,
 * through JPA, against H2, PostgreSQL and MariaDB.
 */
public abstract class PolicySettingsRepositoryContract {

    /** A time a database keeps exactly (whole milliseconds). */
    private static final Instant AT = Instant.parse("2026-03-05T02:00:00.123Z");

    protected abstract PolicySettingsRepository repository();

    private static LocalSetting set(String value) {
        return LocalSetting.of(value, "station-head", AT);
    }

    /** A fresh unit settings may be stored for (a JPA subclass stores a real unit row). */
    protected abstract UnitId aUnit();

    @Test
    void findsNothingForAUnitWithoutSettings() {
        assertThat(repository().find(aUnit())).isEmpty();
    }

    @Test
    void roundTripsEveryNameValueSetterAndTime() {
        UnitId unit = aUnit();
        Map<String, LocalSetting> settings = Map.of(
                "venue.max-booking-hours", set("6"),
                "volunteer.guardian-consent-below-age", LocalSetting.of("18", "圆东村-管理员", AT.plusSeconds(61)),
                "notice.default-zone", set("Asia/Shanghai"),
                "local.note", set("村规民约 第三条"));

        repository().store(unit, settings);

        assertThat(repository().find(unit)).isEqualTo(settings);
    }

    @Test
    void keepsAValueStoredWithoutItsSetter() {
        UnitId unit = aUnit();
        LocalSetting unknown = new LocalSetting("5", Optional.empty(), Optional.empty());

        repository().store(unit, Map.of("a.one", unknown));

        assertThat(repository().find(unit)).containsExactly(Map.entry("a.one", unknown));
    }

    @Test
    void aValueSetAgainKeepsItsNewSetter() {
        UnitId unit = aUnit();
        repository().store(unit, Map.of("a.one", set("1")));
        LocalSetting again = LocalSetting.of("1", "institute-admin", AT.plusSeconds(3600));

        repository().store(unit, Map.of("a.one", again));

        assertThat(repository().find(unit)).containsExactly(Map.entry("a.one", again));
    }

    @Test
    void replacesEverySettingOfTheUnit() {
        UnitId unit = aUnit();
        repository().store(unit, Map.of("a.one", set("1"), "a.two", set("2")));

        repository().store(unit, Map.of("a.two", set("3"), "a.three", set("4")));

        assertThat(repository().find(unit)).isEqualTo(Map.of("a.two", set("3"), "a.three", set("4")));
    }

    @Test
    void clearsTheUnitWithAnEmptyMap() {
        UnitId unit = aUnit();
        repository().store(unit, Map.of("a.one", set("1")));

        repository().store(unit, Map.of());

        assertThat(repository().find(unit)).isEmpty();
    }

    @Test
    void keepsUnitsApart() {
        UnitId one = aUnit();
        UnitId other = aUnit();

        repository().store(one, Map.of("a.one", set("1")));
        repository().store(other, Map.of("a.one", set("2")));

        assertThat(repository().find(one)).containsExactly(Map.entry("a.one", set("1")));
        assertThat(repository().find(other)).containsExactly(Map.entry("a.one", set("2")));
    }

    @Test
    void ignoresLaterChangesToTheGivenMap() {
        UnitId unit = aUnit();
        Map<String, LocalSetting> mutable = new HashMap<>(Map.of("a.one", set("1")));
        repository().store(unit, mutable);

        mutable.put("a.two", set("2"));

        assertThat(repository().find(unit)).isEqualTo(Map.of("a.one", set("1")));
    }
}
