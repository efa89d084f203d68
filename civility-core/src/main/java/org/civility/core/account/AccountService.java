package org.civility.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.audit.AuditAction;
import org.civility.core.audit.AuditEntry;
import org.civility.core.audit.AuditEntryId;
import org.civility.core.audit.AuditTrail;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * Accounts and roles (DOMAIN §9): administrators create accounts, grant and revoke roles, disable, enable and reset
 * them; people sign in and change their own password.
 *
 * <p>Authority (R-ACC-1, {@link NoPrivilegeEscalationPolicy}): granting or revoking a role at a unit needs
 * {@link Permission#MANAGE_ACCOUNTS} there and every permission of the role there. Commands on an account as a
 * whole (disable, enable, reset) need that authority over every role the account holds, so nobody takes over an
 * account more powerful than their own. Administrators never act on their own account (ACCOUNT-OWN). Every change
 * is written to the {@link AuditTrail} and published as {@link AccountChanged}; neither carries a secret.
 *
 * <p>Sign-in (R-ACC-2, {@link SignInThrottlePolicy}): throttled per username and per address; a wrong password, an
 * unknown name, a disabled account and one that signs in elsewhere all give the same {@link SignInResult.Refused}
 * after the same work (an unknown name is checked against a dummy hash). An old hash is upgraded on the first
 * successful sign-in ({@link PasswordHasher#needsRehash}).
 */
public final class AccountService {

    private static final int MAX_ONE_TIME_TRIES = 100;
    /** Who created the first administrator, in the audit trail. */
    public static final String INSTALLATION = "installation";
    /** Who created an account at its first sign-in through the identity platform, in the audit trail. */
    public static final String IDENTITY_PLATFORM = "identity-platform";

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final AccessControl access;
    private final PasswordHasher hasher;
    private final PasswordStrengthPolicy passwords;
    private final SignInThrottlePolicy throttle;
    private final NoPrivilegeEscalationPolicy authority;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;
    private volatile PasswordHash dummy;

    /**
     * @param hasher    how passwords are hashed ({@link Pbkdf2PasswordHasher} by default)
     * @param passwords the rule for passwords people choose
     * @param throttle  R-ACC-2's state; one per process, shared by everything that checks passwords
     */
    public AccountService(AccountRepository accounts, AuditTrail audit, AccessControl access, PasswordHasher hasher,
                          PasswordStrengthPolicy passwords, SignInThrottlePolicy throttle, Clock clock, IdSource ids,
                          EventPublisher events) {
        this.accounts = requireNonNull(accounts, "accounts");
        this.audit = requireNonNull(audit, "audit");
        this.access = requireNonNull(access, "access");
        this.hasher = requireNonNull(hasher, "hasher");
        this.passwords = requireNonNull(passwords, "passwords");
        this.throttle = requireNonNull(throttle, "throttle");
        this.authority = new NoPrivilegeEscalationPolicy(access);
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /** With the defaults: PBKDF2 (600,000 iterations), the shipped password rule, R-ACC-2's default limits. */
    public AccountService(AccountRepository accounts, AuditTrail audit, AccessControl access, Clock clock,
                          IdSource ids, EventPublisher events) {
        this(accounts, audit, access, new Pbkdf2PasswordHasher(), PasswordStrengthPolicy.defaults(),
                SignInThrottlePolicy.defaults(clock), clock, ids, events);
    }

    /**
     * R-ACC-3: the first administrator of a new installation, named by its operator: a password account (the
     * operator chose the password, so it is not a one-time one) holding the head's role over the whole installation
     * ({@link RoleGrant#installation}): under R-ACC-1 only someone holding every permission can create the first
     * heads. Created only while no account exists.
     *
     * @throws CivilityException ACCOUNT-INSTALLED if an account exists; ACCOUNT-INVALID; the password rule's codes
     */
    public Account installAdministrator(String username, String personName, String password) {
        if (accounts.any()) {
            throw CivilityException.of(AccountError.INSTALLED);
        }
        passwords.evaluate(new PasswordStrengthPolicy.Candidate(username, password == null ? "" : password)).orThrow();
        Instant now = clock.instant();
        Account stored = accounts.store(Account.createWithPassword(new AccountId(ids.nextId()), username, personName,
                hasher.hash(password), false, Set.of(RoleGrant.installation(Role.HEAD)), now));
        Actor installation = Actor.of(INSTALLATION);
        record(installation, AuditAction.ACCOUNT_CREATED, stored, stored.units(), stored.credential().kind().name(), now);
        record(installation, AuditAction.ROLE_GRANTED, stored, stored.units(), Role.HEAD.name(), now);
        events.publish(new AccountChanged(stored.id(), stored.username(), AuditAction.ACCOUNT_CREATED, now));
        return stored;
    }

    /**
     * Creates an account with its first roles. A password account gets a one-time password, returned once for the
     * administrator to hand over; the person must change it at the first sign-in.
     *
     * @throws CivilityException ACCOUNT-INVALID (username, name); ACCOUNT-NO-GRANT; R-ACC-1 for a role beyond the
     *                           actor's authority; ACCOUNT-USERNAME-TAKEN; ACCOUNT-EXTERNAL-IDENTITY-TAKEN
     */
    public CreatedAccount create(Actor actor, CreateAccount command) {
        requireNonNull(actor, "actor");
        requireNonNull(command, "command");
        if (command.grants().isEmpty()) {
            throw CivilityException.of(AccountError.NO_GRANT, "account", command.username());
        }
        for (RoleGrant grant : command.grants()) {
            authority.evaluate(new NoPrivilegeEscalationPolicy.RoleChange(actor, grant)).orThrow();
        }
        if (command.username() != null && accounts.findByUsername(command.username()).isPresent()) {
            throw CivilityException.of(AccountError.USERNAME_TAKEN, "username", command.username());
        }
        Instant now = clock.instant();
        AccountId id = new AccountId(ids.nextId());
        Account account;
        Optional<OneTimePassword> oneTime;
        if (command.external().isPresent()) {
            account = Account.createWithExternalIdentity(id, command.username(), command.personName(),
                    command.external().get(), command.grants(), now);
            oneTime = Optional.empty();
        } else {
            OneTimePassword password = oneTimePasswordFor(command.username());
            account = Account.createWithPassword(id, command.username(), command.personName(),
                    hasher.hash(password.value()), true, command.grants(), now);
            oneTime = Optional.of(password);
        }
        Account stored = accounts.store(account);
        record(actor, AuditAction.ACCOUNT_CREATED, stored, stored.units(), stored.credential().kind().name(), now);
        for (RoleGrant grant : stored.grants()) {
            record(actor, AuditAction.ROLE_GRANTED, stored, Set.of(grant.unit()), grant.role().name(), now);
        }
        events.publish(new AccountChanged(stored.id(), stored.username(), AuditAction.ACCOUNT_CREATED, now));
        return new CreatedAccount(stored, oneTime);
    }

    /**
     * Grants a role at a unit (R-ACC-1). Granting a role the account holds already changes nothing.
     *
     * @param expectedVersion the version the caller read, or null not to check
     * @throws CivilityException NOT-FOUND; STALE-VERSION; ACCOUNT-OWN; R-ACC-1
     */
    public Account grant(Actor actor, AccountId id, Long expectedVersion, RoleGrant grant) {
        requireNonNull(grant, "grant");
        Account account = load(id, expectedVersion);
        requireOther(actor, account);
        authority.evaluate(new NoPrivilegeEscalationPolicy.RoleChange(actor, grant)).orThrow();
        Instant now = clock.instant();
        if (!account.grant(grant, now)) {
            return account;
        }
        return changed(actor, accounts.store(account), AuditAction.ROLE_GRANTED, Set.of(grant.unit()),
                grant.role().name(), now);
    }

    /**
     * Revokes a role at a unit (R-ACC-1: only one the actor could have granted). Revoking a role the account does
     * not hold changes nothing.
     *
     * @throws CivilityException NOT-FOUND; STALE-VERSION; ACCOUNT-OWN; R-ACC-1; ACCOUNT-NO-GRANT for its last role
     */
    public Account revoke(Actor actor, AccountId id, Long expectedVersion, RoleGrant grant) {
        requireNonNull(grant, "grant");
        Account account = load(id, expectedVersion);
        requireOther(actor, account);
        authority.evaluate(new NoPrivilegeEscalationPolicy.RoleChange(actor, grant)).orThrow();
        Instant now = clock.instant();
        if (!account.revoke(grant, now)) {
            return account;
        }
        return changed(actor, accounts.store(account), AuditAction.ROLE_REVOKED, Set.of(grant.unit()),
                grant.role().name(), now);
    }

    /**
     * Disables an account: it signs in no more, its roles stay. Needs authority over every role it holds.
     *
     * @throws CivilityException NOT-FOUND; STALE-VERSION; ACCOUNT-OWN; R-ACC-1
     */
    public Account disable(Actor actor, AccountId id, Long expectedVersion) {
        return whole(actor, id, expectedVersion, AuditAction.ACCOUNT_DISABLED, Account::disable);
    }

    /**
     * Enables a disabled account; a password account must then choose a new password at its next sign-in.
     *
     * @throws CivilityException NOT-FOUND; STALE-VERSION; ACCOUNT-OWN; R-ACC-1
     */
    public Account enable(Actor actor, AccountId id, Long expectedVersion) {
        return whole(actor, id, expectedVersion, AuditAction.ACCOUNT_ENABLED, Account::enable);
    }

    /**
     * An administrator's reset: a new random one-time password, returned once to be handed over; the account must
     * change it at the next sign-in. Needs authority over every role the account holds.
     *
     * @throws CivilityException NOT-FOUND; STALE-VERSION; ACCOUNT-OWN; R-ACC-1; ACCOUNT-EXTERNAL-CREDENTIAL
     */
    public OneTimePassword resetPassword(Actor actor, AccountId id, Long expectedVersion) {
        Account account = load(id, expectedVersion);
        requireOther(actor, account);
        requireAuthorityOver(actor, account);
        OneTimePassword password = oneTimePasswordFor(account.username());
        Instant now = clock.instant();
        account.resetPassword(hasher.hash(password.value()), now);
        changed(actor, accounts.store(account), AuditAction.PASSWORD_RESET, account.units(), "", now);
        return password;
    }

    /**
     * The actor changes their own password, proving the current one (a one-time password too). Wrong current
     * passwords count against R-ACC-2 like failed sign-ins.
     *
     * @param address the client's address for R-ACC-2, or null
     * @throws CivilityException R-ACC-2 (arg retryAfterSeconds); NOT-FOUND; ACCOUNT-EXTERNAL-CREDENTIAL;
     *                           ACCOUNT-DISABLED; ACCOUNT-WRONG-PASSWORD; PASSWORD-UNCHANGED; PASSWORD-TOO-SHORT,
     *                           PASSWORD-TOO-LONG, PASSWORD-CONTAINS-USERNAME, PASSWORD-TOO-COMMON
     */
    public Account changeOwnPassword(Actor actor, String currentPassword, String newPassword, String address) {
        requireNonNull(actor, "actor");
        SignInThrottlePolicy.Attempt attempt = new SignInThrottlePolicy.Attempt(actor.name(), address);
        throttle.evaluate(attempt).orThrow();
        Account account = accounts.findByUsername(actor.name()).orElseThrow(() -> notFound(actor.name()));
        PasswordHash current = account.passwordHash().orElseThrow(
                () -> CivilityException.of(AccountError.EXTERNAL_CREDENTIAL, "account", account.username()));
        if (account.state() == AccountState.DISABLED) {
            throw CivilityException.of(AccountError.DISABLED, "account", account.username());
        }
        String given = currentPassword == null ? "" : currentPassword;
        if (!hasher.verify(given, current)) {
            throttle.failed(attempt);
            throw CivilityException.of(AccountError.WRONG_PASSWORD, "account", account.username());
        }
        throttle.succeeded(attempt);
        String chosen = newPassword == null ? "" : newPassword;
        if (chosen.equals(given)) {
            throw CivilityException.of(AccountError.PASSWORD_UNCHANGED);
        }
        passwords.evaluate(new PasswordStrengthPolicy.Candidate(account.username(), chosen)).orThrow();
        Instant now = clock.instant();
        account.changePassword(hasher.hash(chosen), now);
        return changed(actor, accounts.store(account), AuditAction.PASSWORD_CHANGED, account.units(), "", now);
    }

    /**
     * Checks a username and password (R-ACC-2). Never throws for a wrong name or password: the answer says it.
     *
     * @param address the client's address for R-ACC-2, or null when unknown
     * @return SignedIn, MustChangePassword, Refused or Throttled; never null
     */
    public SignInResult signIn(String username, String password, String address) {
        String name = username == null ? "" : username;
        String given = password == null ? "" : password;
        SignInThrottlePolicy.Attempt attempt = new SignInThrottlePolicy.Attempt(name, address);
        Duration wait = throttle.retryAfter(attempt);
        if (!wait.isZero()) {
            return new SignInResult.Throttled(wait);
        }
        Optional<Account> found = Account.isValidUsername(name) ? accounts.findByUsername(name) : Optional.empty();
        Optional<PasswordHash> hash = found.flatMap(Account::passwordHash);
        boolean matches;
        boolean upgrade = false;
        if (hash.isPresent()) {
            matches = hasher.verify(given, hash.get());
            upgrade = hasher.needsRehash(hash.get());
            if (upgrade) {
                // An old hash is cheaper than a current one: pad, so an old account answers no faster than an
                // unknown name.
                hasher.verify(given, dummyHash());
            }
        } else {
            hasher.verify(given, dummyHash());
            matches = false;
        }
        if (!matches || found.get().state() == AccountState.DISABLED) {
            throttle.failed(attempt);
            return new SignInResult.Refused();
        }
        throttle.succeeded(attempt);
        Account account = found.get();
        if (upgrade) {
            account = upgraded(account, given);
        }
        return account.state() == AccountState.MUST_CHANGE_PASSWORD
                ? new SignInResult.MustChangePassword(account) : new SignInResult.SignedIn(account);
    }

    /**
     * A person who signed in at a unified identity platform: their account, if there is one and it is not disabled.
     *
     * @return SignedIn or Refused; never null
     */
    public SignInResult signInExternal(ExternalIdentity identity) {
        requireNonNull(identity, "identity");
        return accounts.findByExternalIdentity(identity)
                .filter(a -> a.state() == AccountState.ACTIVE)
                .<SignInResult>map(SignInResult.SignedIn::new)
                .orElseGet(SignInResult.Refused::new);
    }

    /**
     * A person the unified identity platform vouched for, named {@code username} by it: their account (by identity,
     * else an account of that name the platform is trusted to name, unless it belongs to another identity), or, at
     * their first sign-in, a new one without roles (an administrator grants them in Civility). Nothing is created
     * while the installation has no account at all (R-ACC-3: the first account is the operator's administrator).
     *
     * @return SignedIn or Refused (disabled, another identity's name, or no installation yet); never null
     * @throws CivilityException ACCOUNT-INVALID for a name the platform gave that Civility cannot use
     */
    public SignInResult signInAtIdentityPlatform(ExternalIdentity identity, String username, String personName) {
        requireNonNull(identity, "identity");
        Optional<Account> found = accounts.findByExternalIdentity(identity)
                .or(() -> accounts.findByUsername(username)
                        .filter(a -> a.externalIdentity().map(identity::equals).orElse(true)));
        if (found.isPresent()) {
            return found.get().state() == AccountState.DISABLED
                    ? new SignInResult.Refused() : new SignInResult.SignedIn(found.get());
        }
        if (!accounts.any() || accounts.findByUsername(username).isPresent()) {
            return new SignInResult.Refused();
        }
        Instant now = clock.instant();
        Account stored = accounts.store(Account.signedUpAt(new AccountId(ids.nextId()), username, personName, identity,
                now));
        audit.append(new AuditEntry(new AuditEntryId(ids.nextId()), now, IDENTITY_PLATFORM, AuditAction.ACCOUNT_CREATED,
                stored.id().toString(), stored.username(), Set.of(UnitId.INSTALLATION),
                stored.credential().kind().name()));
        events.publish(new AccountChanged(stored.id(), stored.username(), AuditAction.ACCOUNT_CREATED, now));
        return new SignInResult.SignedIn(stored);
    }

    /**
     * Links the actor's own account to the volunteer record they just registered (ADR 0018) and grants VOLUNTEER at
     * its home unit. Needs {@link Permission#SIGN_UP} at the home unit, as registering oneself does.
     *
     * @throws CivilityException ACCESS-DENIED; NOT-FOUND; ACCOUNT-VOLUNTEER-LINKED
     */
    public Account linkOwnVolunteer(Actor actor, VolunteerId volunteer, UnitId homeUnit) {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(homeUnit, "homeUnit");
        access.require(actor, Permission.SIGN_UP, homeUnit);
        Account account = accounts.findByUsername(actor.name()).orElseThrow(() -> notFound(actor.name()));
        Instant now = clock.instant();
        boolean linked = account.linkVolunteer(volunteer, now);
        boolean granted = account.grant(new RoleGrant(Role.VOLUNTEER, homeUnit), now);
        if (!linked && !granted) {
            return account;
        }
        return changed(actor, accounts.store(account), AuditAction.VOLUNTEER_LINKED, Set.of(homeUnit),
                "volunteer " + volunteer, now);
    }

    /**
     * One account, for someone holding {@link Permission#MANAGE_ACCOUNTS} at a unit of one of its roles, or for
     * its own person.
     *
     * @throws CivilityException NOT-FOUND (also when the actor may not see it)
     */
    public Account get(Actor actor, AccountId id) {
        requireNonNull(actor, "actor");
        Account account = accounts.find(requireNonNull(id, "id")).orElseThrow(() -> notFound(id));
        boolean visible = account.username().equals(actor.name())
                || account.units().stream().anyMatch(u -> access.permits(actor, Permission.MANAGE_ACCOUNTS, u));
        if (!visible) {
            throw notFound(id);
        }
        return account;
    }

    /**
     * The accounts holding a role at exactly {@code unit}, by username. Needs {@link Permission#MANAGE_ACCOUNTS}
     * there.
     *
     * @throws CivilityException ACCESS-DENIED
     */
    public Page<Account> accountsAt(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.MANAGE_ACCOUNTS, unit);
        return accounts.byUnit(unit, page);
    }

    private Account whole(Actor actor, AccountId id, Long expectedVersion, AuditAction action,
                          BiPredicate<Account, Instant> verb) {
        Account account = load(id, expectedVersion);
        requireOther(actor, account);
        requireAuthorityOver(actor, account);
        Instant now = clock.instant();
        if (!verb.test(account, now)) {
            return account;
        }
        return changed(actor, accounts.store(account), action, account.units(), "", now);
    }

    private Account changed(Actor actor, Account stored, AuditAction action, Set<UnitId> units, String detail,
                            Instant now) {
        record(actor, action, stored, units, detail, now);
        events.publish(new AccountChanged(stored.id(), stored.username(), action, now));
        return stored;
    }

    private void record(Actor actor, AuditAction action, Account account, Set<UnitId> units, String detail,
                        Instant at) {
        audit.append(new AuditEntry(new AuditEntryId(ids.nextId()), at, actor.name(), action,
                account.id().toString(), account.username(), units, detail));
    }

    /** R-ACC-1 over the whole account: the actor could have granted every role it holds. */
    private void requireAuthorityOver(Actor actor, Account account) {
        if (account.grants().isEmpty()) {
            // No role, no unit: nobody's subtree holds it (only possible in rows stored before roles were required).
            throw CivilityException.of(AccountError.BEYOND_AUTHORITY, "actor", actor.name(), "role", "",
                    "unit", "", "missing", Permission.MANAGE_ACCOUNTS.name());
        }
        Decision.all(account.grants().stream()
                        .map(g -> authority.evaluate(new NoPrivilegeEscalationPolicy.RoleChange(actor, g)))
                        .toArray(Decision[]::new))
                .orThrow();
    }

    private static void requireOther(Actor actor, Account account) {
        requireNonNull(actor, "actor");
        if (account.username().equals(actor.name())) {
            throw CivilityException.of(AccountError.OWN_ACCOUNT, "account", account.username());
        }
    }

    private Account load(AccountId id, Long expectedVersion) {
        Account account = accounts.find(requireNonNull(id, "id")).orElseThrow(() -> notFound(id));
        ExpectedVersion.check("account", id, expectedVersion, account.version());
        return account;
    }

    private Account upgraded(Account account, String password) {
        account.upgradeHash(hasher.hash(password), clock.instant());
        try {
            return accounts.store(account);
        } catch (CivilityException e) {
            if (e.errorCode() == SharedError.STALE_VERSION) {
                // Changed meanwhile (a reset, a grant): the sign-in stands, the upgrade waits for the next one.
                return accounts.findByUsername(account.username()).orElse(account);
            }
            throw e;
        }
    }

    /** A one-time password that also passes the password rule (it might, rarely, contain a short username). */
    private OneTimePassword oneTimePasswordFor(String username) {
        for (int i = 0; i < MAX_ONE_TIME_TRIES; i++) {
            OneTimePassword candidate = OneTimePassword.generate(
                    Math.max(OneTimePassword.LENGTH, passwords.minimumLength()));
            if (passwords.evaluate(new PasswordStrengthPolicy.Candidate(username == null ? "" : username,
                    candidate.value())).isAllowed()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No one-time password passes the password rule");
    }

    private PasswordHash dummyHash() {
        PasswordHash hash = dummy;
        if (hash == null) {
            hash = hasher.hash(OneTimePassword.generate().value());
            dummy = hash;
        }
        return hash;
    }

    private static CivilityException notFound(Object id) {
        return CivilityException.of(SharedError.NOT_FOUND, "what", "account", "id", id);
    }
}
