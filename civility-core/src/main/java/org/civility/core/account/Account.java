package org.civility.core.account;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.civility.core.access.Actor;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * A person's sign-in account (账号) and the roles it holds at units.
 *
 * <p>Lifecycle: created by an administrator ({@link #createWithPassword} with a one-time password the person must
 * change at the first sign-in, or {@link #createWithExternalIdentity} for a unified identity platform) with at least
 * one role → ACTIVE ⇄ DISABLED ({@link #disable}, {@link #enable}); an administrator's {@link #resetPassword} puts a
 * password account in MUST_CHANGE_PASSWORD until the person {@link #changePassword changes it}. Roles are granted
 * and revoked at any time ({@link #grant}, {@link #revoke}); a successful sign-in may {@link #upgradeHash upgrade}
 * an old hash. Who may do what to an account is decided by {@link AccountService} (R-ACC-1), not here.
 *
 * <p>Invariants: the username is 1..{@value #MAX_USERNAME} letters, digits or {@code . _ @ -} and never changes;
 * the person's name is 1..{@value #MAX_NAME} characters; only a password account may be MUST_CHANGE_PASSWORD;
 * enabling a password account asks for a new password (whatever disabled it, its old secret should not simply
 * return); the last role is never revoked (disable the account instead); a volunteer link, once made, is not
 * replaced by another. Changes never touch the grants' units: a grant is a {@link RoleGrant} held or not.
 */
public final class Account {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_NAME = 128;

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1," + MAX_USERNAME + "}");

    private final AccountId id;
    private final String username;
    private final String personName;
    private Credential credential;
    private AccountState state;
    private final Set<RoleGrant> grants;
    private VolunteerId volunteer;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Account(AccountId id, String username, String personName, Credential credential, AccountState state,
                    Set<RoleGrant> grants, VolunteerId volunteer, Instant createdAt, Instant updatedAt, long version) {
        this.id = requireNonNull(id, "id");
        this.username = checkUsername(username);
        this.personName = checkName(personName);
        this.credential = requireNonNull(credential, "credential");
        this.state = requireNonNull(state, "state");
        this.grants = new LinkedHashSet<>(requireNonNull(grants, "grants"));
        this.volunteer = volunteer;
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.updatedAt = requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        check(state == AccountState.MUST_CHANGE_PASSWORD && !(credential instanceof PasswordHash),
                "only a password account must change its password");
        check(updatedAt.isBefore(createdAt), "an account is not updated before it is created");
        check(version < 0, "the version is not negative");
    }

    private void check(boolean broken, String reason) {
        if (broken) {
            throw CivilityException.of(AccountError.STATE_INVALID, "what", "account", "id", id, "reason", reason);
        }
    }

    /**
     * A new password account. With {@code oneTimePassword} the hash is of a password an administrator hands over, and
     * the person must choose their own at the first sign-in (MUST_CHANGE_PASSWORD); otherwise ACTIVE.
     *
     * @throws CivilityException ACCOUNT-INVALID for a malformed username or name; ACCOUNT-NO-GRANT without a role
     */
    public static Account createWithPassword(AccountId id, String username, String personName, PasswordHash hash,
                                             boolean oneTimePassword, Set<RoleGrant> grants, Instant at) {
        return created(id, username, personName, hash,
                oneTimePassword ? AccountState.MUST_CHANGE_PASSWORD : AccountState.ACTIVE, grants, at);
    }

    /**
     * A new account whose person signs in at a unified identity platform (ACTIVE).
     *
     * @throws CivilityException ACCOUNT-INVALID for a malformed username or name; ACCOUNT-NO-GRANT without a role
     */
    public static Account createWithExternalIdentity(AccountId id, String username, String personName,
                                                     ExternalIdentity identity, Set<RoleGrant> grants, Instant at) {
        return created(id, username, personName, identity, AccountState.ACTIVE, grants, at);
    }

    /**
     * An account created by its person's first sign-in at the unified identity platform (统一身份认证): ACTIVE, signing
     * in there only, and without any role until an administrator grants one in Civility.
     *
     * @throws CivilityException ACCOUNT-INVALID for a malformed username or name
     */
    public static Account signedUpAt(AccountId id, String username, String personName, ExternalIdentity identity,
                                     Instant at) {
        requireNonNull(at, "at");
        return new Account(id, username, personName, identity, AccountState.ACTIVE, Set.of(), null, at, at, 0);
    }

    private static Account created(AccountId id, String username, String personName, Credential credential,
                                   AccountState state, Set<RoleGrant> grants, Instant at) {
        requireNonNull(grants, "grants");
        requireNonNull(at, "at");
        if (grants.isEmpty()) {
            throw CivilityException.of(AccountError.NO_GRANT, "account", username);
        }
        return new Account(id, username, personName, credential, state, grants, null, at, at, 0);
    }

    /** Rebuilds a stored account, checking the invariants again (a corrupt row fails with ACCOUNT-STATE-INVALID). */
    public static Account restore(AccountId id, String username, String personName, Credential credential,
                                  AccountState state, Set<RoleGrant> grants, Optional<VolunteerId> volunteer,
                                  Instant createdAt, Instant updatedAt, long version) {
        return new Account(id, username, personName, credential, state, grants, volunteer.orElse(null), createdAt,
                updatedAt, version);
    }

    /** Whether {@code username} is well formed: 1..64 letters, digits or {@code . _ @ -}. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private static String checkUsername(String username) {
        if (!isValidUsername(username)) {
            throw CivilityException.of(AccountError.INVALID, "field", "username", "max", MAX_USERNAME);
        }
        return username;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw CivilityException.of(AccountError.INVALID, "field", "personName", "max", MAX_NAME);
        }
        return name.strip();
    }

    /** Adds a role at a unit; false if the account holds it already (nothing changes then). */
    public boolean grant(RoleGrant grant, Instant at) {
        requireNonNull(grant, "grant");
        if (!grants.add(grant)) {
            return false;
        }
        touch(at);
        return true;
    }

    /**
     * Removes a role at a unit; false if the account does not hold it.
     *
     * @throws CivilityException ACCOUNT-NO-GRANT for the last role: disable the account instead
     */
    public boolean revoke(RoleGrant grant, Instant at) {
        requireNonNull(grant, "grant");
        if (!grants.contains(grant)) {
            return false;
        }
        if (grants.size() == 1) {
            throw CivilityException.of(AccountError.NO_GRANT, "account", username);
        }
        grants.remove(grant);
        touch(at);
        return true;
    }

    /** Stops the account signing in; false if it is disabled already. Its grants stay. */
    public boolean disable(Instant at) {
        if (state == AccountState.DISABLED) {
            return false;
        }
        state = AccountState.DISABLED;
        touch(at);
        return true;
    }

    /**
     * Lets a disabled account sign in again; false if it is not disabled. A password account must choose a new
     * password at its next sign-in (MUST_CHANGE_PASSWORD): whether it was disabled for a departure, a suspected leak
     * or an unused one-time password, the old secret should not simply work again.
     */
    public boolean enable(Instant at) {
        if (state != AccountState.DISABLED) {
            return false;
        }
        state = credential instanceof PasswordHash ? AccountState.MUST_CHANGE_PASSWORD : AccountState.ACTIVE;
        touch(at);
        return true;
    }

    /**
     * An administrator's reset: the hash of a one-time password replaces the password, and the person must change it
     * at the next sign-in. A disabled account stays disabled (and must change it once enabled).
     *
     * @throws CivilityException ACCOUNT-EXTERNAL-CREDENTIAL for an account that signs in at an identity platform
     */
    public void resetPassword(PasswordHash oneTimeHash, Instant at) {
        requireNonNull(oneTimeHash, "oneTimeHash");
        requirePasswordAccount();
        credential = oneTimeHash;
        if (state != AccountState.DISABLED) {
            state = AccountState.MUST_CHANGE_PASSWORD;
        }
        touch(at);
    }

    /**
     * The person's own new password (checked against the current one by the caller): the account is ACTIVE again.
     *
     * @throws CivilityException ACCOUNT-EXTERNAL-CREDENTIAL; ACCOUNT-DISABLED
     */
    public void changePassword(PasswordHash newHash, Instant at) {
        requireNonNull(newHash, "newHash");
        requirePasswordAccount();
        if (state == AccountState.DISABLED) {
            throw CivilityException.of(AccountError.DISABLED, "account", username);
        }
        credential = newHash;
        state = AccountState.ACTIVE;
        touch(at);
    }

    /**
     * The same password under a stronger hash (after a successful sign-in with an old one); the state is unchanged.
     *
     * @throws CivilityException ACCOUNT-EXTERNAL-CREDENTIAL
     */
    public void upgradeHash(PasswordHash stronger, Instant at) {
        requireNonNull(stronger, "stronger");
        requirePasswordAccount();
        credential = stronger;
        touch(at);
    }

    /**
     * Links the account to the person's own volunteer record; false if it is linked to that record already.
     *
     * @throws CivilityException ACCOUNT-VOLUNTEER-LINKED if it is linked to another record
     */
    public boolean linkVolunteer(VolunteerId record, Instant at) {
        requireNonNull(record, "record");
        if (record.equals(volunteer)) {
            return false;
        }
        if (volunteer != null) {
            throw CivilityException.of(AccountError.VOLUNTEER_LINKED, "account", username, "volunteer", volunteer);
        }
        volunteer = record;
        touch(at);
        return true;
    }

    private void requirePasswordAccount() {
        if (!(credential instanceof PasswordHash)) {
            throw CivilityException.of(AccountError.EXTERNAL_CREDENTIAL, "account", username);
        }
    }

    private void touch(Instant at) {
        requireNonNull(at, "at");
        updatedAt = at.isBefore(createdAt) ? createdAt : at;
    }

    /** The actor this account acts as: its username, its roles and its own volunteer record. */
    public Actor toActor() {
        return new Actor(username, grants, volunteer().map(VolunteerId::value));
    }

    /** Whether a role grant of this account lies at {@code unit}. */
    public boolean holdsRoleAt(UnitId unit) {
        return grants.stream().anyMatch(g -> g.unit().equals(unit));
    }

    /** The units of the account's grants, in the order they were granted. */
    public Set<UnitId> units() {
        Set<UnitId> units = new LinkedHashSet<>();
        grants.forEach(g -> units.add(g.unit()));
        return units;
    }

    public AccountId id() {
        return id;
    }

    /** The sign-in name; never changes. */
    public String username() {
        return username;
    }

    /** The person's name (姓名), as shown to staff. */
    public String personName() {
        return personName;
    }

    public Credential credential() {
        return credential;
    }

    /** The password hash, for a password account. */
    public Optional<PasswordHash> passwordHash() {
        return credential instanceof PasswordHash h ? Optional.of(h) : Optional.empty();
    }

    /** The identity at a unified identity platform, for an account that signs in there. */
    public Optional<ExternalIdentity> externalIdentity() {
        return credential instanceof ExternalIdentity i ? Optional.of(i) : Optional.empty();
    }

    public AccountState state() {
        return state;
    }

    /** Roles at units, never null; a set, in no particular order. */
    public Set<RoleGrant> grants() {
        return Set.copyOf(grants);
    }

    /** The person's own volunteer record, if linked. */
    public Optional<VolunteerId> volunteer() {
        return Optional.ofNullable(volunteer);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Account[" + id + " " + username + " " + state + "]";
    }
}
