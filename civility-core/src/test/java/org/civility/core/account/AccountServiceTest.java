package org.civility.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.audit.AuditAction;
import org.civility.core.audit.AuditEntry;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.memory.InMemoryAccountRepository;
import org.civility.core.memory.InMemoryAuditTrail;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civility.core.fixtures.AccountFixtures.DEMO_PASSWORD;
import static org.civility.core.fixtures.AccountFixtures.FAST_HASHER;
import static org.civility.core.fixtures.AccountFixtures.PASSWORD;
import static org.civility.core.fixtures.AccountFixtures.SOTERIA_DEMO_HASH;
import static org.civility.core.fixtures.AccountFixtures.anAccount;

/** Accounts and roles through the service (DOMAIN §9): R-ACC-1 authority, the audit trail, R-ACC-2 sign-in. */
class AccountServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final String ADDRESS = "192.0.2.10";

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final SettableClock clock = new SettableClock(NOW);
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final CountingHasher hasher = new CountingHasher(FAST_HASHER);
    private final List<DomainEvent> events = new ArrayList<>();
    private final AccountService service = new AccountService(accounts, audit, tree.access(), hasher,
            PasswordStrengthPolicy.defaults(), SignInThrottlePolicy.defaults(clock), clock, IdSource.random(),
            events::add);

    private final Actor centerHead = tree.headOfCenter();
    private final Actor adminA = tree.adminOfInstituteA();
    private final UnitId stationA = tree.stationA().id();
    private final UnitId stationB = tree.stationB().id();

    @Nested
    class Installing {

        @Test
        @DisplayName("R-ACC-3 a new installation gets one administrator, over every unit, named by its operator")
        void theFirstAdministratorHoldsTheAdministratorsRoleOverTheWholeInstallation() {
            Account admin = service.installAdministrator("county-admin", "县中心系统管理员", "长城-Wall-2026-示范");

            assertThat(admin.state()).isEqualTo(AccountState.ACTIVE);
            assertThat(admin.grants()).containsExactly(RoleGrant.installation(Role.HEAD));
            assertThat(service.signIn("county-admin", "长城-Wall-2026-示范", ADDRESS))
                    .isInstanceOf(SignInResult.SignedIn.class);
            assertThat(audit.entries(Set.of(UnitId.INSTALLATION), NOW.minusSeconds(1), NOW.plusSeconds(1),
                    PageRequest.firstPage()).items()).extracting(AuditEntry::action)
                    .contains(AuditAction.ACCOUNT_CREATED, AuditAction.ROLE_GRANTED);
        }

        @Test
        @DisplayName("R-ACC-3 only while no account exists, and only with a password the rule accepts")
        void refusesASecondFirstAdministratorAndAWeakPassword() {
            assertThatThrownBy(() -> service.installAdministrator("county-admin", "管理员", "1234567890"))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("PASSWORD-TOO-COMMON"));
            service.installAdministrator("county-admin", "管理员", "长城-Wall-2026-示范");

            assertThatThrownBy(() -> service.installAdministrator("another-admin", "管理员", "长城-Wall-2026-示范"))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCOUNT-INSTALLED"));
        }
    }

    @Nested
    class Creating {

        @Test
        void anAdministratorCreatesAStaffAccountWithAOneTimePasswordToHandOver() {
            // when
            CreatedAccount created = service.create(adminA,
                    CreateAccount.withPassword("zhao-duty", "赵值班", new RoleGrant(Role.DUTY_STAFF, stationA)));

            // then
            Account account = created.account();
            assertThat(account.version()).isEqualTo(1);
            assertThat(account.state()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
            assertThat(account.grants()).containsExactly(new RoleGrant(Role.DUTY_STAFF, stationA));
            assertThat(account.createdAt()).isEqualTo(NOW);
            OneTimePassword oneTime = created.oneTimePassword().orElseThrow();
            assertThat(oneTime.value()).hasSize(OneTimePassword.LENGTH);
            assertThat(accounts.findByUsername("zhao-duty")).isPresent();
            assertThat(service.signIn("zhao-duty", oneTime.value(), ADDRESS))
                    .isInstanceOf(SignInResult.MustChangePassword.class);
        }

        @Test
        @DisplayName("R-ACC-1 every change is in the audit trail, without any secret")
        void creatingIsAuditedWithoutSecrets() {
            // when
            CreatedAccount created = service.create(adminA,
                    CreateAccount.withPassword("zhao-duty", "赵值班", new RoleGrant(Role.DUTY_STAFF, stationA)));

            // then
            List<AuditEntry> entries = trailOf(stationA);
            assertThat(entries).extracting(AuditEntry::action)
                    .containsExactlyInAnyOrder(AuditAction.ACCOUNT_CREATED, AuditAction.ROLE_GRANTED);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.actor()).isEqualTo("institute-a-admin");
                assertThat(e.subject()).isEqualTo(created.account().id().toString());
                assertThat(e.subjectName()).isEqualTo("zhao-duty");
                assertThat(e.units()).containsExactly(stationA);
                assertThat(e.at()).isEqualTo(NOW);
                assertThat(e.toString()).doesNotContain(created.oneTimePassword().orElseThrow().value())
                        .doesNotContain("pbkdf2");
            });
            assertThat(events).containsExactly(new AccountChanged(created.account().id(), "zhao-duty",
                    AuditAction.ACCOUNT_CREATED, NOW));
        }

        @Test
        void anAccountAtTheIdentityPlatformHasNoPassword() {
            ExternalIdentity identity = new ExternalIdentity("https://id.zj.gov.cn", "330102-88");

            CreatedAccount created = service.create(centerHead, CreateAccount.withExternalIdentity("li-lecturer",
                    "李宣讲", identity, new RoleGrant(Role.LECTURER, stationB)));

            assertThat(created.oneTimePassword()).isEmpty();
            assertThat(created.account().state()).isEqualTo(AccountState.ACTIVE);
            assertThat(service.signInExternal(identity)).isInstanceOfSatisfying(SignInResult.SignedIn.class,
                    s -> assertThat(s.account().id()).isEqualTo(created.account().id()));
            assertThat(service.signInExternal(new ExternalIdentity("https://id.zj.gov.cn", "other")))
                    .isInstanceOf(SignInResult.Refused.class);
            assertThat(service.signIn("li-lecturer", "", ADDRESS)).isInstanceOf(SignInResult.Refused.class);
        }

        @Test
        @DisplayName("R-ACC-1 no account with a role outside the creator's subtree or beyond their permissions")
        void noAccountBeyondTheCreatorsAuthority() {
            assertThatThrownBy(() -> service.create(adminA,
                    CreateAccount.withPassword("x-duty", "某", new RoleGrant(Role.DUTY_STAFF, stationB))))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ACC-1"));
            assertThatThrownBy(() -> service.create(adminA,
                    CreateAccount.withPassword("x-head", "某", new RoleGrant(Role.HEAD, stationA))))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ACC-1"));
            assertThat(accounts.findByUsername("x-duty")).isEmpty();
            assertThat(accounts.findByUsername("x-head")).isEmpty();
            assertThat(events).isEmpty();
        }

        @Test
        void aUsernameIsTakenOnce() {
            service.create(adminA, CreateAccount.withPassword("zhao", "赵", new RoleGrant(Role.DUTY_STAFF, stationA)));

            assertThatThrownBy(() -> service.create(centerHead,
                    CreateAccount.withPassword("zhao", "另一个赵", new RoleGrant(Role.RESIDENT, stationB))))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCOUNT-USERNAME-TAKEN"));
        }

        @Test
        void anAccountNeedsARole() {
            assertThatThrownBy(() -> service.create(adminA, CreateAccount.withPassword("zhao", "赵")))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCOUNT-NO-GRANT"));
        }
    }

    @Nested
    class GrantingAndRevoking {

        @Test
        @DisplayName("R-ACC-1 an administrator grants and revokes staff roles inside their subtree, each audited")
        void grantsAndRevokesInsideTheSubtree() {
            // given
            Account zhao = stored(anAccount().named("zhao").holding(Role.DUTY_STAFF, stationA).build());

            // when
            Account granted = service.grant(adminA, zhao.id(), 1L, new RoleGrant(Role.COMMITTEE, stationA));
            clock.set(NOW.plusSeconds(1));
            Account revoked = service.revoke(adminA, zhao.id(), 2L, new RoleGrant(Role.DUTY_STAFF, stationA));

            // then
            assertThat(granted.version()).isEqualTo(2);
            assertThat(revoked.grants()).containsExactly(new RoleGrant(Role.COMMITTEE, stationA));
            assertThat(trailOf(stationA)).extracting(AuditEntry::action, AuditEntry::detail)
                    .containsExactly(tuple(AuditAction.ROLE_GRANTED, "COMMITTEE"),
                            tuple(AuditAction.ROLE_REVOKED, "DUTY_STAFF"));
            assertThat(events).extracting(e -> ((AccountChanged) e).change())
                    .containsExactly(AuditAction.ROLE_GRANTED, AuditAction.ROLE_REVOKED);
        }

        @Test
        @DisplayName("R-ACC-1 no grant at a unit outside the actor's subtree")
        void noGrantOutsideTheSubtree() {
            Account zhao = stored(anAccount().holding(Role.DUTY_STAFF, stationA).build());

            assertThatThrownBy(() -> service.grant(adminA, zhao.id(), null, new RoleGrant(Role.DUTY_STAFF, stationB)))
                    .isInstanceOfSatisfying(CivilityException.class, e -> {
                        assertThat(e.code()).isEqualTo("R-ACC-1");
                        assertThat((String) e.args().get("missing")).contains("MANAGE_ACCOUNTS");
                    });
            assertThat(audit.entries(Set.of(stationB), NOW.minusSeconds(1), NOW.plusSeconds(1),
                    PageRequest.firstPage()).items()).isEmpty();
        }

        @Test
        @DisplayName("R-ACC-1 no privilege escalation: an administrator neither makes nor unmakes a head")
        void noPrivilegeEscalation() {
            Account zhao = stored(anAccount().holding(Role.DUTY_STAFF, stationA).build());
            Account head = stored(anAccount().holding(Role.HEAD, stationA).holding(Role.DUTY_STAFF, stationA)
                    .build());

            assertThatThrownBy(() -> service.grant(adminA, zhao.id(), null, new RoleGrant(Role.HEAD, stationA)))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ACC-1"));
            assertThatThrownBy(() -> service.revoke(adminA, head.id(), null, new RoleGrant(Role.HEAD, stationA)))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ACC-1"));
            assertThat(service.grant(centerHead, zhao.id(), null, new RoleGrant(Role.HEAD, stationA)).grants())
                    .contains(new RoleGrant(Role.HEAD, stationA));
        }

        @Test
        void administratorsDoNotChangeTheirOwnAccount() {
            Account own = stored(anAccount().named("institute-a-admin")
                    .holding(Role.ADMINISTRATOR, tree.instituteA().id()).build());

            assertThatThrownBy(() -> service.grant(adminA, own.id(), null, new RoleGrant(Role.COMMITTEE, stationA)))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCOUNT-OWN"));
            assertThatThrownBy(() -> service.disable(adminA, own.id(), null))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCOUNT-OWN"));
        }

        @Test
        void aStaleVersionIsRefused() {
            Account zhao = stored(anAccount().holding(Role.DUTY_STAFF, stationA).build());

            assertThatThrownBy(() -> service.grant(adminA, zhao.id(), 7L, new RoleGrant(Role.COMMITTEE, stationA)))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        }

        @Test
        void grantingARoleHeldAlreadyWritesNothing() {
            Account zhao = stored(anAccount().holding(Role.DUTY_STAFF, stationA).build());

            Account same = service.grant(adminA, zhao.id(), null, new RoleGrant(Role.DUTY_STAFF, stationA));

            assertThat(same.version()).isEqualTo(1);
            assertThat(trailOf(stationA)).isEmpty();
            assertThat(events).isEmpty();
        }
    }

    @Nested
    class DisablingEnablingAndResetting {

        @Test
        @DisplayName("R-ACC-1 disable, enable and reset are audited at every unit of the account's roles")
        void disableEnableAndResetAreAudited() {
            // given
            Account zhao = stored(anAccount().holding(Role.DUTY_STAFF, stationA).holding(Role.COMMITTEE,
                    tree.instituteA().id()).build());

            // when
            service.disable(adminA, zhao.id(), null);
            clock.set(NOW.plusSeconds(1));
            Account enabled = service.enable(adminA, zhao.id(), null);
            clock.set(NOW.plusSeconds(2));
            OneTimePassword oneTime = service.resetPassword(adminA, zhao.id(), null);

            // then
            assertThat(enabled.state()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);
            List<AuditEntry> entries = trailOf(tree.instituteA().id());
            assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.ACCOUNT_DISABLED,
                    AuditAction.ACCOUNT_ENABLED, AuditAction.PASSWORD_RESET);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.units()).containsExactlyInAnyOrder(stationA, tree.instituteA().id());
                assertThat(e.toString()).doesNotContain(oneTime.value());
            });
            assertThat(trailOf(stationA)).hasSize(3);
        }

        @Test
        void aDisabledAccountIsRefusedEvenWithTheRightPassword() {
            Account zhao = stored(anAccount().holding(Role.DUTY_STAFF, stationA).build());

            service.disable(adminA, zhao.id(), null);

            assertThat(service.signIn(zhao.username(), PASSWORD, ADDRESS)).isInstanceOf(SignInResult.Refused.class);
        }

        @Test
        void aResetGivesAOneTimePasswordThatMustBeChangedAndTheOldOneStopsWorking() {
            // given
            Account zhao = stored(anAccount().holding(Role.DUTY_STAFF, stationA).build());

            // when
            OneTimePassword oneTime = service.resetPassword(adminA, zhao.id(), 1L);

            // then
            assertThat(service.signIn(zhao.username(), PASSWORD, ADDRESS)).isInstanceOf(SignInResult.Refused.class);
            assertThat(service.signIn(zhao.username(), oneTime.value(), ADDRESS))
                    .isInstanceOf(SignInResult.MustChangePassword.class);
            assertThat(events).extracting(e -> ((AccountChanged) e).change()).containsExactly(AuditAction.PASSWORD_RESET);
        }

        @Test
        @DisplayName("R-ACC-1 nobody takes over an account more powerful than their own")
        void noResetOfAMorePowerfulAccount() {
            Account head = stored(anAccount().holding(Role.HEAD, stationA).build());
            Account elsewhere = stored(anAccount().holding(Role.DUTY_STAFF, stationB).build());

            assertThatThrownBy(() -> service.resetPassword(adminA, head.id(), null))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ACC-1"));
            assertThatThrownBy(() -> service.disable(adminA, elsewhere.id(), null))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ACC-1"));
            assertThat(service.resetPassword(centerHead, head.id(), null).value()).hasSize(16);
        }

        @Test
        void anAccountAtTheIdentityPlatformHasNoPasswordToReset() {
            Account li = stored(anAccount().external("https://id.zj.gov.cn", "7").holding(Role.DUTY_STAFF, stationA)
                    .build());

            assertThatThrownBy(() -> service.resetPassword(adminA, li.id(), null))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCOUNT-EXTERNAL-CREDENTIAL"));
        }
    }

    @Nested
    class ChangingOnesOwnPassword {

        @Test
        void aPersonReplacesTheOneTimePasswordWithTheirOwnAndSignsIn() {
            // given
            CreatedAccount created = service.create(adminA,
                    CreateAccount.withPassword("zhao", "赵值班", new RoleGrant(Role.DUTY_STAFF, stationA)));
            String oneTime = created.oneTimePassword().orElseThrow().value();

            // when
            Account changed = service.changeOwnPassword(Actor.of("zhao"), oneTime, "文化礼堂门前的老槐树", ADDRESS);

            // then
            assertThat(changed.state()).isEqualTo(AccountState.ACTIVE);
            assertThat(service.signIn("zhao", "文化礼堂门前的老槐树", ADDRESS)).isInstanceOf(SignInResult.SignedIn.class);
            assertThat(service.signIn("zhao", oneTime, ADDRESS)).isInstanceOf(SignInResult.Refused.class);
            assertThat(trailOf(stationA)).extracting(AuditEntry::action, AuditEntry::actor)
                    .contains(tuple(AuditAction.PASSWORD_CHANGED, "zhao"));
        }

        @Test
        void needsTheCurrentPasswordAndAStrongNewOne() {
            Account zhao = stored(anAccount().named("zhao").holding(Role.DUTY_STAFF, stationA).build());
            Actor self = zhao.toActor();

            assertThatThrownBy(() -> service.changeOwnPassword(self, "wrong", "文化礼堂门前的老槐树", ADDRESS))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCOUNT-WRONG-PASSWORD"));
            assertThatThrownBy(() -> service.changeOwnPassword(self, PASSWORD, "1234567890", ADDRESS))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("PASSWORD-TOO-COMMON"));
            assertThatThrownBy(() -> service.changeOwnPassword(self, PASSWORD, "zhao-2026-spring", ADDRESS))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("PASSWORD-CONTAINS-USERNAME"));
            assertThatThrownBy(() -> service.changeOwnPassword(self, PASSWORD, "short", ADDRESS))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("PASSWORD-TOO-SHORT"));
            assertThatThrownBy(() -> service.changeOwnPassword(self, PASSWORD, PASSWORD, ADDRESS))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("PASSWORD-UNCHANGED"));
            assertThat(accounts.find(zhao.id()).orElseThrow().version()).isEqualTo(1);
        }

        @Test
        @DisplayName("R-ACC-2 wrong current passwords count as failed sign-ins")
        void wrongCurrentPasswordsAreThrottled() {
            Account zhao = stored(anAccount().named("zhao").holding(Role.DUTY_STAFF, stationA).build());
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> service.changeOwnPassword(zhao.toActor(), "guess", "文化礼堂门前的老槐树", null))
                        .isInstanceOf(CivilityException.class);
            }

            assertThatThrownBy(() -> service.changeOwnPassword(zhao.toActor(), PASSWORD, "文化礼堂门前的老槐树", null))
                    .isInstanceOfSatisfying(CivilityException.class, e -> {
                        assertThat(e.code()).isEqualTo("R-ACC-2");
                        assertThat(e.args()).containsEntry("retryAfterSeconds", 900L);
                    });
            assertThat(service.signIn("zhao", PASSWORD, ADDRESS)).isInstanceOf(SignInResult.Throttled.class);
        }
    }

    @Nested
    class SigningIn {

        @Test
        void theRightPasswordSignsInAndTheAccountActsWithItsRoles() {
            Account zhao = stored(anAccount().named("zhao").holding(Role.DUTY_STAFF, stationA).build());

            SignInResult result = service.signIn("zhao", PASSWORD, ADDRESS);

            assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, s -> {
                assertThat(s.account().id()).isEqualTo(zhao.id());
                assertThat(s.account().toActor().grants()).containsExactly(new RoleGrant(Role.DUTY_STAFF, stationA));
            });
        }

        @Test
        @DisplayName("R-ACC-2 the sixth attempt within 15 minutes after five failures is throttled, the right password too")
        void fiveFailuresThrottleTheAccount() {
            stored(anAccount().named("zhao").holding(Role.DUTY_STAFF, stationA).build());
            for (int i = 0; i < 5; i++) {
                clock.set(NOW.plus(Duration.ofMinutes(i)));
                assertThat(service.signIn("zhao", "guess-" + i, "198.51.100." + i))
                        .isInstanceOf(SignInResult.Refused.class);
            }
            int verificationsSoFar = hasher.verifications.get();

            clock.set(NOW.plus(Duration.ofMinutes(5)));
            SignInResult result = service.signIn("zhao", PASSWORD, ADDRESS);

            assertThat(result).isEqualTo(new SignInResult.Throttled(Duration.ofMinutes(10)));
            assertThat(hasher.verifications.get()).as("a throttled attempt checks no password")
                    .isEqualTo(verificationsSoFar);
            clock.set(NOW.plus(Duration.ofMinutes(15)));
            assertThat(service.signIn("zhao", PASSWORD, ADDRESS)).isInstanceOf(SignInResult.SignedIn.class);
        }

        @Test
        @DisplayName("R-ACC-2 twenty failures from one address throttle it, whatever the names")
        void twentyFailuresThrottleTheAddress() {
            stored(anAccount().named("zhao").holding(Role.DUTY_STAFF, stationA).build());
            for (int i = 0; i < 20; i++) {
                service.signIn("name-" + i, "guess", ADDRESS);
            }

            assertThat(service.signIn("zhao", PASSWORD, ADDRESS)).isInstanceOf(SignInResult.Throttled.class);
            assertThat(service.signIn("zhao", PASSWORD, "198.51.100.1")).isInstanceOf(SignInResult.SignedIn.class);
        }

        @Test
        @DisplayName("R-ACC-2 an unknown name costs the same work as a known one: one full-cost hash check")
        void anUnknownNameCostsTheSameWork() {
            stored(anAccount().named("zhao").holding(Role.DUTY_STAFF, stationA).build());
            service.signIn("warm-up", "x", null);
            hasher.reset();

            SignInResult unknown = service.signIn("nobody-here", PASSWORD, null);
            int unknownWork = hasher.iterationsVerified.get();
            hasher.reset();
            SignInResult wrong = service.signIn("zhao", "not-the-password", null);
            int knownWork = hasher.iterationsVerified.get();

            assertThat(unknown).isEqualTo(wrong).isEqualTo(new SignInResult.Refused());
            assertThat(unknownWork).isEqualTo(knownWork).isEqualTo(FAST_HASHER.iterations());
        }

        @Test
        @DisplayName("R-ACC-2 an unknown name is throttled like a known one")
        void unknownNamesAreThrottledToo() {
            for (int i = 0; i < 5; i++) {
                service.signIn("nobody-here", "guess", null);
            }

            assertThat(service.signIn("nobody-here", "guess", null)).isInstanceOf(SignInResult.Throttled.class);
        }

        @Test
        void anOldJakartaSecurityHashSignsInAndIsUpgradedOnce() {
            // given a demo account as the portal stored it before: Jakarta Security's PBKDF2, 2048 iterations
            Account demo = stored(anAccount().named("station-head").withHash(new PasswordHash(SOTERIA_DEMO_HASH))
                    .holding(Role.HEAD, stationA).build());

            // when
            SignInResult first = service.signIn("station-head", DEMO_PASSWORD, ADDRESS);

            // then
            assertThat(first).isInstanceOf(SignInResult.SignedIn.class);
            Account upgraded = accounts.find(demo.id()).orElseThrow();
            assertThat(upgraded.passwordHash().orElseThrow().encoded()).startsWith("$pbkdf2-sha256$i=1000$");
            assertThat(upgraded.version()).isEqualTo(2);
            assertThat(upgraded.state()).isEqualTo(AccountState.ACTIVE);
            assertThat(service.signIn("station-head", DEMO_PASSWORD, ADDRESS)).isInstanceOf(SignInResult.SignedIn.class);
            assertThat(accounts.find(demo.id()).orElseThrow().version()).as("upgraded once").isEqualTo(2);
            assertThat(events).as("an upgrade is no account change").isEmpty();
        }

        @Test
        void anOldHashIsNotUpgradedByAWrongPassword() {
            Account demo = stored(anAccount().named("station-head").withHash(new PasswordHash(SOTERIA_DEMO_HASH))
                    .holding(Role.HEAD, stationA).build());

            assertThat(service.signIn("station-head", "civility-dem0", ADDRESS)).isInstanceOf(SignInResult.Refused.class);
            assertThat(accounts.find(demo.id()).orElseThrow().passwordHash())
                    .contains(new PasswordHash(SOTERIA_DEMO_HASH));
        }

        @Test
        void malformedInputIsRefusedNotThrown() {
            assertThat(service.signIn(null, null, null)).isInstanceOf(SignInResult.Refused.class);
            assertThat(service.signIn("two words", "x", null)).isInstanceOf(SignInResult.Refused.class);
        }
    }

    @Nested
    class VolunteersAndViews {

        @Test
        void aResidentLinksTheirOwnVolunteerRecordAndBecomesAVolunteerThere() {
            Account resident = stored(anAccount().named("station-a-resident").holding(Role.RESIDENT, stationA).build());
            VolunteerId record = new VolunteerId(UUID.randomUUID());

            Account linked = service.linkOwnVolunteer(tree.residentOfStationA(), record, stationA);

            assertThat(linked.volunteer()).contains(record);
            assertThat(linked.grants()).contains(new RoleGrant(Role.VOLUNTEER, stationA));
            assertThat(trailOf(stationA)).extracting(AuditEntry::action).containsExactly(AuditAction.VOLUNTEER_LINKED);
            assertThat(resident.id()).isEqualTo(linked.id());
        }

        @Test
        void administratorsSeeTheAccountsOfTheirSubtreeOnly() {
            Account zhao = stored(anAccount().named("zhao").holding(Role.DUTY_STAFF, stationA).build());
            Account qian = stored(anAccount().named("qian").holding(Role.DUTY_STAFF, stationB).build());

            assertThat(service.accountsAt(adminA, stationA, PageRequest.firstPage()).items())
                    .extracting(Account::username).containsExactly("zhao");
            assertThat(service.get(adminA, zhao.id()).username()).isEqualTo("zhao");
            assertThat(service.get(zhao.toActor(), zhao.id()).username()).isEqualTo("zhao");
            assertThatThrownBy(() -> service.get(adminA, qian.id()))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
            assertThatThrownBy(() -> service.accountsAt(adminA, stationB, PageRequest.firstPage()))
                    .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        }
    }

    private Account stored(Account account) {
        return accounts.store(account);
    }

    private List<AuditEntry> trailOf(UnitId unit) {
        return audit.entries(Set.of(unit), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)),
                PageRequest.firstPage()).items();
    }

    /** The real hasher, counting the work it does. */
    static final class CountingHasher implements PasswordHasher {

        private final Pbkdf2PasswordHasher delegate;
        final AtomicInteger verifications = new AtomicInteger();
        final AtomicInteger iterationsVerified = new AtomicInteger();

        CountingHasher(Pbkdf2PasswordHasher delegate) {
            this.delegate = delegate;
        }

        void reset() {
            verifications.set(0);
            iterationsVerified.set(0);
        }

        @Override
        public PasswordHash hash(CharSequence password) {
            return delegate.hash(password);
        }

        @Override
        public boolean verify(CharSequence password, PasswordHash hash) {
            verifications.incrementAndGet();
            iterationsVerified.addAndGet(iterationsOf(hash));
            return delegate.verify(password, hash);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return delegate.needsRehash(hash);
        }

        private static int iterationsOf(PasswordHash hash) {
            String e = hash.encoded();
            return e.startsWith("$pbkdf2-sha256$i=") ? Integer.parseInt(e.split("\\$")[2].substring(2))
                    : Integer.parseInt(e.split(":")[1]);
        }
    }
}
