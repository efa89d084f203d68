package org.civility.core.record;

import org.civility.core.fixtures.RecordFixtures;
import org.civility.core.memory.InMemoryChainHeadRepository;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.memory.InMemoryAttemptCounter;
import org.civility.core.memory.InMemoryCheckInCodeRepository;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.civility.core.fixtures.RecordFixtures.aLinkToken;

class CheckInCodeServiceTest {

    private static final Instant NINE = Instant.parse("2026-09-01T01:00:00Z");
    private static final Instant ELEVEN = NINE.plusSeconds(7200);

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final SettableClock clock = new SettableClock(NINE.minusSeconds(3600));
    private final List<DomainEvent> events = new ArrayList<>();
    private final Deque<String> digits = new ArrayDeque<>(List.of("123456", "654321", "000042"));
    private final InMemoryCheckInCodeRepository codes = new InMemoryCheckInCodeRepository();
    private final InMemoryServiceRecordRepository entries = new InMemoryServiceRecordRepository();
    private final AccessControl access = new AccessControl(tree);
    private final ServiceRecordService records = new ServiceRecordService(entries, new InMemoryChainHeadRepository(), RecordFixtures.SEAL,
            new InMemoryVolunteerRepository(), access, clock, IdSource.random(),
            events::add);
    private final WrongCodeThrottlePolicy throttle = new WrongCodeThrottlePolicy(new InMemoryAttemptCounter(), clock);
    private PolicySettings settings = PolicySettings.defaults();

    private final VolunteerId volunteer = new VolunteerId(UUID.randomUUID());
    private final Actor admin = Actor.of("李站长", new RoleGrant(Role.ADMINISTRATOR, tree.station));
    private final Actor self = Actor.of("张志愿", new RoleGrant(Role.VOLUNTEER, tree.station))
            .asVolunteer(volunteer.value());
    private final Actor stranger = Actor.of("外站管理员", new RoleGrant(Role.ADMINISTRATOR, tree.otherStation));

    private CheckInCodeService service() {
        return new CheckInCodeService(codes, records, access, settings, clock, IdSource.random(), digits::poll,
                events::add, throttle);
    }

    private OpenCheckInCode haircuts() {
        return new OpenCheckInCode(tree.station, Optional.of(UUID.randomUUID()), "为老人理发", "幸福村实践站",
                NINE, ELEVEN);
    }

    private CheckInCode opened() {
        return service().open(admin, haircuts());
    }

    private static CivilityException refusal(Runnable call) {
        return catchThrowableOfType(CivilityException.class, call::run);
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void opensACodeWithTheNextDigitsAndTheWindowAroundTheSchedule() {
        CheckInCode code = opened();

        assertThat(code.code()).isEqualTo("123456");
        assertThat(code.issue()).isEqualTo(1);
        assertThat(code.unit()).isEqualTo(tree.station);
        assertThat(code.checkInFrom()).isEqualTo(NINE.minusSeconds(1800));
        assertThat(code.checkOutUntil()).isEqualTo(ELEVEN.plusSeconds(1800));
        assertThat(code.openedBy()).isEqualTo("李站长");
        assertThat(code.version()).isEqualTo(1);
        assertThat(events).singleElement().isInstanceOf(CheckInCodeOpened.class);
        assertThat(service().get(admin, code.id())).extracting(CheckInCode::code).isEqualTo("123456");
    }

    @Test
    @DisplayName("each code gets its own link token of at least 128 random bits, in base64url")
    void opensEachCodeWithItsOwnRandomLinkToken() {
        CheckInCode first = opened();
        CheckInCode second = opened();

        assertThat(first.linkToken()).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(first.linkToken())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(second.linkToken()).isNotEqualTo(first.linkToken());
        assertThat(first.toString()).doesNotContain(first.linkToken());
    }

    @Test
    void drawsAgainWhileTheDigitsAreHeldByAnOpenCode() {
        digits.addFirst("123456");
        CheckInCode first = opened();

        CheckInCode second = opened();

        assertThat(first.code()).isEqualTo("123456");
        assertThat(second.code()).isEqualTo("654321");
    }

    @Test
    void reissuesDigitsOnceTheirCodeIsClosed() {
        CheckInCode first = opened();
        clock.set(first.checkOutUntil());
        digits.addFirst("123456");

        CheckInCode again = service().open(admin, new OpenCheckInCode(tree.station, Optional.empty(), "文明劝导", "",
                first.checkOutUntil(), first.checkOutUntil().plusSeconds(3600)));

        assertThat(again.code()).isEqualTo("123456");
        assertThat(again.issue()).isEqualTo(2);
    }

    @Test
    void givesUpWhenNoFreeDigitsAreDrawn() {
        opened();
        for (int i = 0; i < CheckInCodeService.ATTEMPTS; i++) {
            digits.addFirst("654321");
        }
        digits.addLast("123456");
        opened();

        assertCode(this::opened, "RECORD-CODE-TAKEN");
    }

    @Test
    void usesTheUnitsTighterWindows() {
        settings = new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return (T) Integer.valueOf(key.equals(RecordSettings.CHECK_IN_OPENS_MINUTES_BEFORE) ? 10 : 0);
            }
        };

        CheckInCode code = opened();

        assertThat(code.checkInFrom()).isEqualTo(NINE.minusSeconds(600));
        assertThat(code.checkOutUntil()).isEqualTo(ELEVEN);
    }

    @Test
    void onlyManagersOfTheUnitOpenAndSeeCodes() {
        assertCode(() -> service().open(self, haircuts()), "ACCESS-DENIED");
        assertCode(() -> service().open(stranger, haircuts()), "ACCESS-DENIED");
        CheckInCode code = opened();
        assertCode(() -> service().get(self, code.id()), "ACCESS-DENIED");
        assertCode(() -> service().get(admin, new CheckInCodeId(UUID.randomUUID())), "NOT-FOUND");
    }

    @Test
    void rejectsASchedulePastOrTooLong() {
        assertCode(() -> service().open(admin, new OpenCheckInCode(tree.station, Optional.empty(), "义诊", "",
                NINE.minusSeconds(7200), NINE.minusSeconds(3600))), "RECORD-ENTRY-INVALID");
        assertCode(() -> service().open(admin, new OpenCheckInCode(tree.station, Optional.empty(), "义诊", "",
                NINE, NINE.plus(CheckInCode.MAX_SCHEDULE).plusSeconds(60))), "RECORD-ENTRY-INVALID");
        assertCode(() -> service().open(admin, new OpenCheckInCode(tree.station, Optional.empty(), " ", "",
                NINE, ELEVEN)), "RECORD-ENTRY-INVALID");
    }

    @Test
    void checksInAndOutWithTheCode() {
        CheckInCode code = opened();
        clock.set(NINE.minusSeconds(600));

        ServiceRecord session = service().checkIn(self, new CheckInWithCode(" 123456 ", Optional.empty(), false));
        clock.set(NINE.plusSeconds(5400));
        ServiceRecord closed = service().checkOut(self, new CheckOutWithCode("123456"));

        assertThat(session.isOpen()).isTrue();
        assertThat(session.unit()).isEqualTo(tree.station);
        assertThat(session.activity()).isEqualTo(code.activity());
        assertThat(session.scheduledEnd()).contains(ELEVEN);
        assertThat(session.source()).isEqualTo(RecordSource.SELF_CHECK_IN);
        assertThat(closed.corrects()).contains(session.id());
        assertThat(closed.minutes()).isEqualTo(100);
        assertThat(service().checkIns(admin, code.id())).singleElement()
                .satisfies(c -> assertThat(c.session()).isEqualTo(session.id()));
    }

    @Test
    void checksInAndOutWithTheLinkTokenOfTheQrCode() {
        CheckInCode code = opened();
        clock.set(NINE);

        ServiceRecord session = service().checkIn(self, new CheckInWithCode(code.linkToken(), Optional.empty(),
                false));
        clock.set(NINE.plusSeconds(1800));
        ServiceRecord closed = service().checkOut(self, new CheckOutWithCode(code.linkToken()));

        assertThat(session.activity()).isEqualTo(code.activity());
        assertThat(closed.corrects()).contains(session.id());
        assertThat(closed.minutes()).isEqualTo(30);
        assertCode(() -> service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false)),
                "RECORD-CODE-ALREADY-USED");
    }

    @Test
    void acceptsALocationOnlyWithConsent() {
        opened();
        clock.set(NINE);

        assertCode(() -> service().checkIn(self, new CheckInWithCode("123456", Optional.of("30.27,120.15"), false)),
                "RECORD-LOCATION-CONSENT");
        ServiceRecord session = service().checkIn(self, new CheckInWithCode("123456", Optional.of("30.27,120.15"),
                true));

        assertThat(session.location()).contains("30.27,120.15");
    }

    @Test
    void rejectsASecondCheckInWithTheSameCodeEvenAfterCheckingOut() {
        opened();
        clock.set(NINE);
        service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false));
        clock.set(NINE.plusSeconds(600));
        service().checkOut(self, new CheckOutWithCode("123456"));

        assertCode(() -> service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false)),
                "RECORD-CODE-ALREADY-USED");
    }

    @Test
    @DisplayName("unknown, not yet open, closed and not-allowed codes get one answer at check-in, which tells nothing")
    void answersUnknownClosedAndNotAllowedCodesAlikeAtCheckIn() {
        CheckInCode code = opened();
        Actor elsewhere = Actor.of("王志愿", new RoleGrant(Role.VOLUNTEER, tree.otherStation))
                .asVolunteer(UUID.randomUUID());
        CheckInWithCode withIt = new CheckInWithCode("123456", Optional.empty(), false);
        CheckInWithCode withItsToken = new CheckInWithCode(code.linkToken(), Optional.empty(), false);
        clock.set(NINE);
        CivilityException unknown = refusal(() -> service().checkIn(self,
                new CheckInWithCode("999999", Optional.empty(), false)));

        CivilityException malformed = refusal(() -> service().checkIn(self,
                new CheckInWithCode("12345x", Optional.empty(), false)));
        CivilityException notAllowed = refusal(() -> service().checkIn(elsewhere, withIt));
        CivilityException notAllowedByToken = refusal(() -> service().checkIn(elsewhere, withItsToken));
        clock.set(code.checkInFrom().minusSeconds(1));
        CivilityException notYetOpen = refusal(() -> service().checkIn(self, withIt));
        clock.set(ELEVEN);
        CivilityException noLongerTakingCheckIns = refusal(() -> service().checkIn(self, withItsToken));
        clock.set(code.checkOutUntil());
        CivilityException closed = refusal(() -> service().checkIn(self, withIt));

        assertThat(List.of(malformed, notAllowed, notAllowedByToken, notYetOpen, noLongerTakingCheckIns, closed))
                .allSatisfy(e -> {
                    assertThat(e.code()).isEqualTo("RECORD-CODE-UNKNOWN");
                    assertThat(e.args()).isEqualTo(unknown.args());
                    assertThat(e.detail(Locale.SIMPLIFIED_CHINESE)).isEqualTo(unknown.detail(Locale.SIMPLIFIED_CHINESE));
                    assertThat(e.detail(Locale.ENGLISH)).isEqualTo(unknown.detail(Locale.ENGLISH));
                });
        assertThat(unknown.code()).isEqualTo("RECORD-CODE-UNKNOWN");
        assertThat(codes.checkIns(code.id())).isEmpty();
    }

    @Test
    void aVolunteerWhoCheckedInWithTheCodeKeepsTheSpecificAnswers() {
        CheckInCode code = opened();
        clock.set(NINE);
        service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false));

        clock.set(ELEVEN);
        assertCode(() -> service().checkIn(self, new CheckInWithCode(code.linkToken(), Optional.empty(), false)),
                "RECORD-CODE-ALREADY-USED");
        clock.set(code.checkOutUntil());
        assertCode(() -> service().checkOut(self, new CheckOutWithCode("123456")), "RECORD-CODE-EXPIRED");
    }

    @Test
    void takesCheckOutsUntilTheGraceAfterTheEnd() {
        CheckInCode code = opened();
        clock.set(NINE);
        service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false));

        clock.set(code.checkOutUntil());
        assertCode(() -> service().checkOut(self, new CheckOutWithCode("123456")), "RECORD-CODE-EXPIRED");
        clock.set(code.checkOutUntil().minusSeconds(60));
        ServiceRecord closed = service().checkOut(self, new CheckOutWithCode("123456"));

        assertThat(closed.end()).contains(code.checkOutUntil().minusSeconds(60));
    }

    @Test
    @DisplayName("a check-out with a code one never checked in with is answered like an unknown code")
    void answersACheckOutWithoutCheckInLikeAnUnknownCode() {
        CheckInCode code = opened();
        clock.set(NINE);
        CivilityException unknown = refusal(() -> service().checkOut(self, new CheckOutWithCode("999999")));

        CivilityException notCheckedIn = refusal(() -> service().checkOut(self, new CheckOutWithCode("123456")));
        CivilityException notCheckedInByToken = refusal(() -> service().checkOut(self,
                new CheckOutWithCode(code.linkToken())));

        assertThat(List.of(unknown, notCheckedIn, notCheckedInByToken)).allSatisfy(e -> {
            assertThat(e.code()).isEqualTo("RECORD-CODE-UNKNOWN");
            assertThat(e.args()).isEqualTo(unknown.args());
        });
    }

    @Test
    void rejectsACheckInByAnAccountWithoutVolunteer() {
        opened();
        clock.set(NINE);

        assertCode(() -> service().checkIn(admin, new CheckInWithCode("123456", Optional.empty(), false)),
                "RECORD-NO-VOLUNTEER");
    }

    @Test
    @DisplayName("R-REC-1 a volunteer checked in with one code cannot check in with another at the same time")
    void rejectsAnOverlappingCheckInWithAnotherCode() {
        opened();
        opened();
        clock.set(NINE);
        service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false));

        assertCode(() -> service().checkIn(self, new CheckInWithCode("654321", Optional.empty(), false)), "R-REC-1");
    }

    @Test
    void aForgottenCheckOutIsClosedAtTheScheduledEndAndTheCodeTakesNoCheckOutAfterwards() {
        opened();
        clock.set(NINE);
        ServiceRecord session = service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false));

        List<ServiceRecord> closed = records.closeForgotten(ELEVEN.plusSeconds(60));
        clock.set(ELEVEN.plusSeconds(120));

        assertThat(closed).singleElement().satisfies(e -> {
            assertThat(e.corrects()).contains(session.id());
            assertThat(e.end()).contains(ELEVEN);
            assertThat(e.flags()).containsExactly(RecordFlag.FORGOTTEN_CHECK_OUT_REVIEW);
        });
        assertCode(() -> service().checkOut(self, new CheckOutWithCode("123456")), "RECORD-ALREADY-CORRECTED");
    }

    @Test
    @DisplayName("R-ACC-2 five wrong codes within ten minutes refuse the account's check-ins and check-outs for the "
            + "rest of the window")
    void throttlesAnAccountAfterFiveWrongCodesWithinTenMinutes() {
        CheckInCode code = opened();
        Actor neighbour = Actor.of("赵志愿", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(UUID.randomUUID());
        Instant firstWrong = code.checkInFrom().minusSeconds(1);
        clock.set(firstWrong);
        assertCode(() -> service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false)),
                "RECORD-CODE-UNKNOWN");
        clock.set(code.checkInFrom());
        assertCode(() -> service().checkIn(self, new CheckInWithCode("999999", Optional.empty(), false)),
                "RECORD-CODE-UNKNOWN");
        assertCode(() -> service().checkIn(self, new CheckInWithCode("12345x", Optional.empty(), false)),
                "RECORD-CODE-UNKNOWN");
        assertCode(() -> service().checkIn(self, new CheckInWithCode(aLinkToken(), Optional.empty(),
                false)), "RECORD-CODE-UNKNOWN");
        assertCode(() -> service().checkOut(self, new CheckOutWithCode("123456")), "RECORD-CODE-UNKNOWN");

        CivilityException checkIn = refusal(() -> service().checkIn(self,
                new CheckInWithCode("123456", Optional.empty(), false)));
        CivilityException checkOut = refusal(() -> service().checkOut(self, new CheckOutWithCode("123456")));

        assertThat(List.of(checkIn, checkOut)).allSatisfy(e -> {
            assertThat(e.code()).isEqualTo("RECORD-CODE-THROTTLED");
            assertThat(e.args()).containsEntry("retryAfterSeconds", 599L);
        });
        assertThat(service().checkIn(neighbour, new CheckInWithCode("123456", Optional.empty(), false)).isOpen())
                .isTrue();
        clock.set(firstWrong.plus(WrongCodeThrottlePolicy.WINDOW));
        assertThat(service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false)).isOpen()).isTrue();
    }

    @Test
    @DisplayName("R-ACC-2 only wrong codes count: answers for a code one holds do not throttle")
    void answersForACodeOneHoldsDoNotCountAsWrongCodes() {
        CheckInCode code = opened();
        opened();
        clock.set(NINE);
        service().checkIn(self, new CheckInWithCode("123456", Optional.empty(), false));

        for (int i = 0; i < WrongCodeThrottlePolicy.MAX_WRONG_CODES; i++) {
            assertCode(() -> service().checkIn(self, new CheckInWithCode(code.linkToken(), Optional.empty(), false)),
                    "RECORD-CODE-ALREADY-USED");
            assertCode(() -> service().checkIn(self, new CheckInWithCode("654321", Optional.empty(), false)),
                    "R-REC-1");
        }

        clock.set(NINE.plusSeconds(600));
        assertThat(service().checkOut(self, new CheckOutWithCode("123456")).minutes()).isEqualTo(10);
    }
}
