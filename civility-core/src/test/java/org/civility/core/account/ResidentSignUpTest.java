package org.civility.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.audit.AuditAction;
import org.civility.core.audit.AuditEntry;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.memory.InMemoryAccountRepository;
import org.civility.core.memory.InMemoryAttemptCounter;
import org.civility.core.memory.InMemoryAuditTrail;
import org.civility.core.memory.InMemorySignUpCodeRepository;
import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.OneTimeCodeMessage;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civility.core.fixtures.AccountFixtures.FAST_HASHER;
import static org.civility.core.fixtures.AccountFixtures.PASSWORD;

/** Residents sign themselves up with their phone and a one-time code (DOMAIN §9). */
class ResidentSignUpTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final String PHONE = "13800138000";
    private static final String ADDRESS = "192.0.2.20";

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final SettableClock clock = new SettableClock(NOW);
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemorySignUpCodeRepository codes = new InMemorySignUpCodeRepository();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final List<OneTimeCodeMessage> sent = new ArrayList<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private final ResidentSignUp signUp = new ResidentSignUp(accounts, codes, tree.units(), audit,
            new SendingNotifier(sent), FAST_HASHER, PasswordStrengthPolicy.defaults(), new InMemoryAttemptCounter(),
            clock, IdSource.random(), events::add);

    private record SendingNotifier(List<OneTimeCodeMessage> sent) implements Notifier {
        @Override
        public void send(Channel channel, NoticeMessage message) {
        }

        @Override
        public void sendCode(OneTimeCodeMessage message) {
            sent.add(message);
        }
    }

    private String lastCode() {
        return sent.getLast().code();
    }

    private ResidentSignUp.SignUp signUpWith(String code) {
        return new ResidentSignUp.SignUp(PHONE, code, "李秀英", tree.stationA().id(), PASSWORD);
    }

    @Nested
    class ACode {

        @Test
        void isSixDigitsSentToThePhoneAndWorksForFiveMinutes() {
            // when
            Instant expires = signUp.requestCode(PHONE, ADDRESS);

            // then
            assertThat(expires).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
            assertThat(sent).singleElement().satisfies(m -> {
                assertThat(m.to().value()).isEqualTo(PHONE);
                assertThat(m.code()).matches("[0-9]{6}");
                assertThat(m.expiresAt()).isEqualTo(expires);
                assertThat(m.toString()).doesNotContain(PHONE).doesNotContain(m.code());
            });
        }

        @Test
        void isKeptAsDigestsOnly() {
            // when
            signUp.requestCode(PHONE, ADDRESS);

            // then
            SignUpCode kept = codes.find(digestOf(PHONE)).orElseThrow();
            assertThat(kept.phoneDigest()).doesNotContain(PHONE).hasSize(64);
            assertThat(kept.codeDigest()).doesNotContain(lastCode()).hasSize(64);
        }

        @Test
        void expiresAfterFiveMinutes() {
            // given
            signUp.requestCode(PHONE, ADDRESS);
            clock.set(NOW.plus(Duration.ofMinutes(5)));

            // then
            assertThatThrownBy(() -> signUp.signUp(signUpWith(lastCode())))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("SIGN-UP-CODE-INVALID"));
        }

        @Test
        void isVoidAfterFiveWrongTriesEvenIfTheSixthIsRight() {
            // given
            signUp.requestCode(PHONE, ADDRESS);
            String right = lastCode();
            String wrong = right.equals("000000") ? "111111" : "000000";
            for (int i = 0; i < ResidentSignUp.MAX_WRONG_TRIES; i++) {
                assertThatThrownBy(() -> signUp.signUp(signUpWith(wrong))).isInstanceOf(CivilityException.class);
            }

            // then
            assertThatThrownBy(() -> signUp.signUp(signUpWith(right)))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("SIGN-UP-CODE-INVALID"));
        }

        @Test
        void isReplacedByANewOne() {
            // given
            signUp.requestCode(PHONE, ADDRESS);
            String first = lastCode();
            signUp.requestCode(PHONE, ADDRESS);
            String second = lastCode();

            // then
            if (!first.equals(second)) {
                assertThatThrownBy(() -> signUp.signUp(signUpWith(first))).isInstanceOf(CivilityException.class);
            }
            assertThat(signUp.signUp(signUpWith(second)).username()).isEqualTo(PHONE);
        }

        @Test
        void worksOnce() {
            // given
            signUp.requestCode(PHONE, ADDRESS);
            String code = lastCode();
            signUp.signUp(signUpWith(code));

            // then
            assertThatThrownBy(() -> signUp.signUp(signUpWith(code)))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("SIGN-UP-CODE-INVALID"));
        }

        @Test
        void thatWasNeverSentGetsTheSameAnswerAsAWrongOne() {
            assertThatThrownBy(() -> signUp.signUp(signUpWith("123456")))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("SIGN-UP-CODE-INVALID"));
        }

        @Test
        void isNotKeptWhenItCouldNotBeSent() {
            // given
            ResidentSignUp withoutPhones = new ResidentSignUp(accounts, codes, tree.units(), audit,
                    (channel, message) -> { }, FAST_HASHER, PasswordStrengthPolicy.defaults(),
                    new InMemoryAttemptCounter(), clock, IdSource.random(), events::add);

            // then
            assertThatThrownBy(() -> withoutPhones.requestCode(PHONE, ADDRESS))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("SIGN-UP-CODE-UNDELIVERABLE"));
            assertThat(codes.find(digestOf(PHONE))).isEmpty();
        }

        @Test
        void isRefusedForAMalformedNumber() {
            assertThatThrownBy(() -> signUp.requestCode("1380013", ADDRESS))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("VOLUNTEER-PHONE-FORMAT"));
            assertThat(sent).isEmpty();
        }
    }

    @Nested
    class Throttling {

        @Test
        void aPhoneGetsFiveCodesAnHourThenWaits() {
            // given
            for (int i = 0; i < ResidentSignUp.CODES_PER_PHONE; i++) {
                signUp.requestCode(PHONE, "192.0.2." + i);
            }

            // then
            assertThatThrownBy(() -> signUp.requestCode(PHONE, "198.51.100.1"))
                    .isInstanceOfSatisfying(CivilityException.class, e -> {
                        assertThat(e.code()).isEqualTo("SIGN-UP-THROTTLED");
                        assertThat(e.args()).containsEntry("retryAfterSeconds", 3600L);
                    });
            assertThat(sent).hasSize(ResidentSignUp.CODES_PER_PHONE);

            // and an hour later it may ask again
            clock.set(NOW.plus(Duration.ofHours(1)));
            signUp.requestCode(PHONE, "198.51.100.1");
            assertThat(sent).hasSize(ResidentSignUp.CODES_PER_PHONE + 1);
        }

        @Test
        void anAddressGetsTwentyCodesAnHourWhateverThePhones() {
            // given
            for (int i = 0; i < ResidentSignUp.CODES_PER_ADDRESS; i++) {
                signUp.requestCode("139%08d".formatted(i), ADDRESS);
            }

            // then
            assertThatThrownBy(() -> signUp.requestCode(PHONE, ADDRESS))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("SIGN-UP-THROTTLED"));
            // the refused request did not spend the phone's budget
            for (int i = 0; i < ResidentSignUp.CODES_PER_PHONE; i++) {
                signUp.requestCode(PHONE, "198.51.100." + i);
            }
        }
    }

    @Nested
    class SigningUp {

        @Test
        void createsAnActiveAccountNamedByTheNumberHoldingResidentAtTheStation() {
            // given
            signUp.requestCode(PHONE, ADDRESS);

            // when
            Account account = signUp.signUp(signUpWith(lastCode()));

            // then
            assertThat(account.username()).isEqualTo(PHONE);
            assertThat(account.personName()).isEqualTo("李秀英");
            assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
            assertThat(account.grants()).containsExactly(new RoleGrant(Role.RESIDENT, tree.stationA().id()));
            assertThat(FAST_HASHER.verify(PASSWORD, account.passwordHash().orElseThrow())).isTrue();
            assertThat(accounts.findByUsername(PHONE)).isPresent();
            assertThat(events).singleElement().isInstanceOf(AccountChanged.class);
        }

        @Test
        void isWrittenToTheAuditTrailOfTheStation() {
            // given
            signUp.requestCode(PHONE, ADDRESS);

            // when
            signUp.signUp(signUpWith(lastCode()));

            // then
            assertThat(audit.entries(Set.of(tree.stationA().id()), NOW.minusSeconds(1), NOW.plusSeconds(1),
                    PageRequest.firstPage()).items())
                    .extracting(AuditEntry::actor, AuditEntry::action)
                    .containsExactlyInAnyOrder(
                            tuple(ResidentSignUp.SELF_SIGN_UP, AuditAction.ACCOUNT_CREATED),
                            tuple(ResidentSignUp.SELF_SIGN_UP, AuditAction.ROLE_GRANTED));
        }

        @Test
        void atAnInstituteIsRefused() {
            // given
            signUp.requestCode(PHONE, ADDRESS);
            ResidentSignUp.SignUp atInstitute = new ResidentSignUp.SignUp(PHONE, lastCode(), "李秀英",
                    tree.instituteA().id(), PASSWORD);

            // then
            assertThatThrownBy(() -> signUp.signUp(atInstitute))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("SIGN-UP-STATION-UNKNOWN"));
            assertThat(accounts.findByUsername(PHONE)).isEmpty();
        }

        @Test
        void withANumberThatHasAnAccountSaysSoOnlyOnceTheCodeIsProven() {
            // given
            signUp.requestCode(PHONE, ADDRESS);
            signUp.signUp(signUpWith(lastCode()));

            // when a code is asked for again, it is sent as for anyone
            signUp.requestCode(PHONE, ADDRESS);

            // then
            assertThat(sent).hasSize(2);
            assertThatThrownBy(() -> signUp.signUp(signUpWith(lastCode())))
                    .isInstanceOfSatisfying(CivilityException.class, e -> {
                        assertThat(e.code()).isEqualTo("ACCOUNT-USERNAME-TAKEN");
                        assertThat(e.args().values()).noneMatch(v -> String.valueOf(v).contains(PHONE));
                    });
        }

        @Test
        void withACommonPasswordIsRefused() {
            // given
            signUp.requestCode(PHONE, ADDRESS);

            // then
            assertThatThrownBy(() -> signUp.signUp(new ResidentSignUp.SignUp(PHONE, lastCode(), "李秀英",
                    tree.stationA().id(), "password123")))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("PASSWORD-TOO-COMMON"));
        }

        @Test
        void thenRegisteringAsAVolunteerLinksTheAccount() {
            // given
            signUp.requestCode(PHONE, ADDRESS);
            Account resident = signUp.signUp(signUpWith(lastCode()));
            AccountService service = new AccountService(accounts, audit, tree.access(), clock, IdSource.random(),
                    events::add);
            VolunteerId volunteer = new VolunteerId(UUID.randomUUID());

            // when
            Account linked = service.linkOwnVolunteer(resident.toActor(), volunteer, tree.stationA().id());

            // then
            assertThat(linked.volunteer()).contains(volunteer);
            assertThat(linked.grants()).contains(new RoleGrant(Role.VOLUNTEER, tree.stationA().id()));
        }
    }

    @Test
    void listsTheStationsWithTheirInstitutes() {
        assertThat(signUp.stations())
                .extracting(ResidentSignUp.Station::name, ResidentSignUp.Station::institute)
                .containsExactly(
                        tuple(tree.stationA().name(), tree.instituteA().name()),
                        tuple(tree.stationB().name(), tree.instituteB().name()));
    }

    private static String digestOf(String phone) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(phone.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
