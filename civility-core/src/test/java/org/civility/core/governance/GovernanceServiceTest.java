package org.civility.core.governance;

import org.civility.core.fixtures.OrganisationFixtures.Tree;
import org.civility.core.memory.InMemoryPolicySettingsRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.ErrorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrganisationFixtures.aTree;

class GovernanceServiceTest {

    /** Lower is stricter: the longest a venue may be booked. */
    private static final SettingKey<Integer> MAX_BOOKING_HOURS = SettingKey.lowerIsStricter("venue.max-booking-hours", 8);
    /** Higher is stricter: below this age a guardian must consent. */
    private static final SettingKey<Integer> CONSENT_BELOW_AGE =
            SettingKey.higherIsStricter("volunteer.guardian-consent-below-age", 18);
    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");

    private final Tree tree = aTree();
    private final List<DomainEvent> events = new ArrayList<>();
    private final GovernanceService governance = new GovernanceService(new InMemoryPolicySettingsRepository(),
            tree.units(), SettingRegistry.of(MAX_BOOKING_HOURS, CONSENT_BELOW_AGE), tree.access(),
            Clock.fixed(NOW, ZoneOffset.UTC), events::add);

    private UnitId stationA() {
        return tree.stationA().id();
    }

    @Test
    void usesTheDefaultWhereNobodySetAValue() {
        assertThat(governance.effective(MAX_BOOKING_HOURS, stationA())).isEqualTo(8);
    }

    @Test
    void namesTheUnitWhoseValueIsInForce() {
        assertThat(governance.decidedAt(MAX_BOOKING_HOURS, stationA())).isEmpty();

        governance.set(tree.headOfCenter(), tree.center().id(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "6"));
        governance.set(tree.adminOfInstituteA(), tree.instituteA().id(),
                new SetPolicySetting(MAX_BOOKING_HOURS.name(), "6"));

        assertThat(governance.decidedAt(MAX_BOOKING_HOURS, stationA())).contains(tree.center().id());
        governance.set(tree.headOfStationA(), stationA(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "5"));
        assertThat(governance.decidedAt(MAX_BOOKING_HOURS, stationA())).contains(stationA());
        assertThat(PolicySettings.defaults().decidedAt(MAX_BOOKING_HOURS, stationA())).isEmpty();
    }

    @Test
    @DisplayName("GOV-LOOSEN an ordered setting's constants are tightened in their declared order")
    void anOrderedSettingTightensInDeclaredOrder() {
        SettingKey<java.time.DayOfWeek> key = SettingKey.ordered("test.day", java.time.DayOfWeek.class,
                java.time.DayOfWeek.MONDAY);

        assertThat(key.loosens(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY)).isTrue();
        assertThat(key.tighter(java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.TUESDAY))
                .isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(key.parse("SUNDAY")).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(key.format(java.time.DayOfWeek.SUNDAY)).isEqualTo("SUNDAY");
    }

    @Test
    @DisplayName("GOV-LOOSEN a station may tighten what it inherits")
    void letsAStationTighten() {
        governance.set(tree.adminOfInstituteA(), tree.instituteA().id(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "6"));

        EffectiveSetting set = governance.set(tree.headOfStationA(), stationA(),
                new SetPolicySetting(MAX_BOOKING_HOURS.name(), "4"));

        assertThat(set.value()).isEqualTo("4");
        assertThat(set.source()).contains(stationA());
        assertThat(governance.effective(MAX_BOOKING_HOURS, stationA())).isEqualTo(4);
        assertThat(governance.effective(MAX_BOOKING_HOURS, tree.stationB().id())).isEqualTo(8);
        assertThat(events).last().isEqualTo(new PolicySettingChanged(stationA(), MAX_BOOKING_HOURS.name(),
                Optional.of("4"), "station-a-head", NOW));
    }

    @Test
    @DisplayName("GOV-LOOSEN a station may never loosen what its parents impose")
    void rejectsAStationLoosening() {
        governance.set(tree.adminOfInstituteA(), tree.instituteA().id(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "6"));

        assertThatThrownBy(() -> governance.set(tree.headOfStationA(), stationA(),
                new SetPolicySetting(MAX_BOOKING_HOURS.name(), "7")))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("GOV-LOOSEN");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                    assertThat(e.args()).containsEntry("setting", "venue.max-booking-hours")
                            .containsEntry("value", "7").containsEntry("inherited", "6")
                            .containsEntry("unit", tree.stationA().name());
                });
        assertThat(governance.effective(MAX_BOOKING_HOURS, stationA())).isEqualTo(6);
    }

    @Test
    @DisplayName("GOV-LOOSEN the default is the loosest any unit may go, a center included")
    void rejectsLooseningTheDefault() {
        assertThatThrownBy(() -> governance.set(tree.headOfCenter(), tree.center().id(),
                new SetPolicySetting(CONSENT_BELOW_AGE.name(), "16")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("GOV-LOOSEN"));
    }

    @Test
    @DisplayName("GOV-LOOSEN a later tightening at a parent still wins over a looser value below")
    void letsALaterTighteningAboveWin() {
        governance.set(tree.headOfStationA(), stationA(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "6"));

        governance.set(tree.headOfCenter(), tree.center().id(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "3"));

        assertThat(governance.effective(MAX_BOOKING_HOURS, stationA())).isEqualTo(3);
        EffectiveSetting atStation = governance.settingsAt(tree.headOfStationA(), stationA()).stream()
                .filter(s -> s.name().equals(MAX_BOOKING_HOURS.name())).findFirst().orElseThrow();
        assertThat(atStation.value()).isEqualTo("3");
        assertThat(atStation.source()).contains(tree.center().id());
        assertThat(atStation.localValue()).contains("6");
    }

    @Test
    void tightensAHigherIsStricterSettingUpwards() {
        governance.set(tree.adminOfInstituteA(), tree.instituteA().id(), new SetPolicySetting(CONSENT_BELOW_AGE.name(), "20"));

        assertThat(governance.effective(CONSENT_BELOW_AGE, stationA())).isEqualTo(20);
        assertThatThrownBy(() -> governance.set(tree.headOfStationA(), stationA(),
                new SetPolicySetting(CONSENT_BELOW_AGE.name(), "19")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("GOV-LOOSEN"));
    }

    @Test
    void listsEverySettingWithWhereItComesFrom() {
        governance.set(tree.adminOfInstituteA(), tree.instituteA().id(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "5"));

        List<EffectiveSetting> settings = governance.settingsAt(tree.headOfStationA(), stationA());

        assertThat(settings).containsExactly(
                new EffectiveSetting("venue.max-booking-hours", "5", "8", Optional.of(tree.instituteA().id()), Optional.empty(),
                        Optional.of("institute-a-admin"), Optional.of(NOW)),
                new EffectiveSetting("volunteer.guardian-consent-below-age", "18", "18", Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
        assertThat(settings.get(1).isDefault()).isTrue();
    }

    @Test
    @DisplayName("a setting in force names who set it at its source unit and when, not who set a looser value below")
    void namesWhoSetTheValueInForce() {
        governance.set(tree.headOfStationA(), stationA(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "6"));
        governance.set(tree.headOfCenter(), tree.center().id(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "3"));

        EffectiveSetting atStation = governance.settingsAt(tree.headOfStationA(), stationA()).getFirst();

        assertThat(atStation.source()).contains(tree.center().id());
        assertThat(atStation.setBy()).contains(tree.headOfCenter().name());
        assertThat(atStation.setAt()).contains(NOW);
        assertThat(atStation.localValue()).contains("6");
        EffectiveSetting seenByAResident = governance.settingsAt(tree.residentOfStationA(), stationA()).getFirst();
        assertThat(seenByAResident.setBy()).as("a staff member's name, for those who configure").isEmpty();
        assertThat(seenByAResident.setAt()).contains(NOW);
    }

    @Test
    void clearingALocalValueBringsBackTheInheritedOne() {
        governance.set(tree.headOfStationA(), stationA(), new SetPolicySetting(MAX_BOOKING_HOURS.name(), "2"));

        EffectiveSetting cleared = governance.clear(tree.headOfStationA(), stationA(), MAX_BOOKING_HOURS.name());

        assertThat(cleared.value()).isEqualTo("8");
        assertThat(cleared.isDefault()).isTrue();
        assertThat(events).last().isEqualTo(new PolicySettingChanged(stationA(), MAX_BOOKING_HOURS.name(),
                Optional.empty(), "station-a-head", NOW));
    }

    @Test
    void rejectsAnUnknownSetting() {
        assertThatThrownBy(() -> governance.set(tree.headOfStationA(), stationA(), new SetPolicySetting("no.such", "1")))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("GOV-UNKNOWN-SETTING");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                });
    }

    @Test
    void rejectsAValueTheSettingCannotRead() {
        assertThatThrownBy(() -> governance.set(tree.headOfStationA(), stationA(),
                new SetPolicySetting(MAX_BOOKING_HOURS.name(), "six")))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("GOV-INVALID-VALUE");
                    assertThat(e.args()).containsEntry("value", "six");
                });
    }

    @Test
    void deniesSettingsInAnotherBranch() {
        assertThatThrownBy(() -> governance.set(tree.adminOfInstituteA(), tree.stationB().id(),
                new SetPolicySetting(MAX_BOOKING_HOURS.name(), "4")))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("ACCESS-DENIED");
                    assertThat(e.args()).containsEntry("permission", "CONFIGURE_POLICIES");
                });
        assertThat(events).isEmpty();
    }

    @Test
    void deniesSettingsToAResident() {
        assertThatThrownBy(() -> governance.set(tree.residentOfStationA(), stationA(),
                new SetPolicySetting(MAX_BOOKING_HOURS.name(), "4")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void deniesListingSettingsOfAnotherBranch() {
        assertThatThrownBy(() -> governance.settingsAt(tree.adminOfInstituteA(), tree.stationB().id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }
}
