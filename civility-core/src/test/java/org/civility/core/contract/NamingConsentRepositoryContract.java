package org.civility.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.civility.core.recognition.NamingConsent;
import org.civility.core.recognition.NamingConsentRepository;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** The naming consent contract, run against every store. Fresh ids per test. */
public abstract class NamingConsentRepositoryContract {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    protected abstract NamingConsentRepository repository();

    private final VolunteerId volunteer = new VolunteerId(UUID.randomUUID());

    @Test
    void aVolunteerWithoutAnAnswerHasNone() {
        assertThat(repository().find(volunteer)).isEmpty();
    }

    @Test
    void theLatestAnswerReplacesTheEarlierOne() {
        repository().store(new NamingConsent(volunteer, true, T0));
        assertThat(repository().find(volunteer)).contains(new NamingConsent(volunteer, true, T0));

        repository().store(new NamingConsent(volunteer, false, T0.plusSeconds(60)));

        assertThat(repository().find(volunteer)).contains(new NamingConsent(volunteer, false, T0.plusSeconds(60)));
    }

    @Test
    void answersOfOtherVolunteersStayApart() {
        VolunteerId other = new VolunteerId(UUID.randomUUID());
        repository().store(new NamingConsent(other, true, T0));

        assertThat(repository().find(volunteer)).isEmpty();
    }
}
