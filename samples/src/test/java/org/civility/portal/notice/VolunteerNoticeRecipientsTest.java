package org.civility.portal.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.notice.Subject;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerOrigin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's SMS notices reach its own active volunteers (ADR 0037). */
class VolunteerNoticeRecipientsTest {

    private static final UnitId STATION = new UnitId(UUID.randomUUID());
    private static final UnitId NEIGHBOURING_STATION = new UnitId(UUID.randomUUID());
    private static final Subject ACTIVITY = Subject.activity(UUID.randomUUID());

    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final VolunteerNoticeRecipients recipients = new VolunteerNoticeRecipients(volunteers);
    private int registered;

    @Test
    void reachesTheActiveVolunteersWhoseHomeUnitIsTheNoticesUnit() {
        // given
        aVolunteer(STATION, "13800000001");
        aVolunteer(STATION, "13800000002");
        Volunteer suspended = aVolunteer(STATION, "13800000003");
        suspended.suspend();
        volunteers.store(suspended);
        aVolunteer(NEIGHBOURING_STATION, "13800000004");

        // when
        List<PhoneNumber> phones = recipients.phones(STATION, ACTIVITY);

        // then
        assertThat(phones).containsExactlyInAnyOrder(PhoneNumber.of("13800000001"), PhoneNumber.of("13800000002"));
    }

    @Test
    void readsEveryPageOfALargeVolunteerForce() {
        int force = VolunteerNoticeRecipients.PAGE * 2 + 7;
        IntStream.range(0, force).forEach(i -> aVolunteer(STATION, "139%08d".formatted(i)));

        List<PhoneNumber> phones = recipients.phones(STATION, ACTIVITY);

        assertThat(phones).hasSize(force).doesNotHaveDuplicates();
    }

    @Test
    void aUnitWithoutVolunteersReachesNobody() {
        aVolunteer(NEIGHBOURING_STATION, "13800000004");

        assertThat(recipients.phones(STATION, ACTIVITY)).isEmpty();
    }

    @Test
    void aRejectedNumberIsLoggedMaskedWithTheUnitAndTheProvidersCode() {
        // given
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(VolunteerNoticeRecipients.class.getName());
        logger.addHandler(handler);
        try {
            // when
            recipients.phoneRejected(STATION, PhoneNumber.of("13812345678"), "isv.MOBILE_NUMBER_ILLEGAL");
        } finally {
            logger.removeHandler(handler);
        }

        // then
        assertThat(lines).singleElement().asString()
                .contains("138****5678", STATION.toString(), "isv.MOBILE_NUMBER_ILLEGAL")
                .doesNotContain("13812345678");
    }

    private Volunteer aVolunteer(UnitId unit, String phone) {
        String first17 = "110105" + "19800101" + "%03d".formatted(registered++);
        ResidentIdNumber residentId = ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17));
        return volunteers.store(Volunteer.register(new VolunteerId(UUID.randomUUID()), unit, "志愿者" + registered,
                residentId, PhoneNumber.of(phone), VolunteerOrigin.RESIDENT, List.of(), Optional.empty(),
                Instant.parse("2026-03-01T08:00:00Z")));
    }
}
