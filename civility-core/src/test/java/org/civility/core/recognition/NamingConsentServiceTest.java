package org.civility.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.memory.InMemoryNamingConsentRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

class NamingConsentServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-02T08:00:00Z");

    private final UnitId station = new UnitId(UUID.randomUUID());
    private final VolunteerId volunteer = new VolunteerId(UUID.randomUUID());
    private final Actor self = Actor.of("志愿者", new RoleGrant(Role.VOLUNTEER, station)).asVolunteer(volunteer.value());
    private final Actor head = Actor.of("站长", new RoleGrant(Role.HEAD, station));
    private final List<DomainEvent> events = new ArrayList<>();
    private final NamingConsentService service = new NamingConsentService(new InMemoryNamingConsentRepository(),
            Clock.fixed(NOW, ZoneOffset.UTC), events::add);

    @Test
    void nobodyIsNamedWithoutAnAnswer() {
        assertThat(service.mayName(volunteer)).isFalse();
    }

    @Test
    void theVolunteerConsentsAndMayWithdrawLater() {
        assertThat(service.answer(self, volunteer, true)).isEqualTo(new NamingConsent(volunteer, true, NOW));
        assertThat(service.mayName(volunteer)).isTrue();

        service.answer(self, volunteer, false);

        assertThat(service.mayName(volunteer)).isFalse();
        assertThat(events).hasSize(2).allMatch(NamingConsentRecorded.class::isInstance);
    }

    @Test
    void evenTheHeadCannotConsentForAVolunteer() {
        assertThatThrownBy(() -> service.answer(head, volunteer, true))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RecognitionError.NOT_OWN_CONSENT));
        assertThat(service.mayName(volunteer)).isFalse();
    }
}
