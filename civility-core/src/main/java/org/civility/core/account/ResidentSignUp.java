package org.civility.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.audit.AuditAction;
import org.civility.core.audit.AuditEntry;
import org.civility.core.audit.AuditEntryId;
import org.civility.core.audit.AuditTrail;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.OneTimeCodeMessage;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.AttemptCounter;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.PhoneNumber;

import static java.util.Objects.requireNonNull;

/**
 * Residents sign themselves up (DOMAIN §9): they ask for a one-time code for their mobile number, which the
 * {@link Notifier} sends to that phone, and sign up with it, choosing their name, a password and the station they
 * belong to. The account is named by the number and holds {@link Role#RESIDENT} at that station; registering as a
 * volunteer later links it like any other account ({@link AccountService#linkOwnVolunteer}).
 *
 * <p>Codes: six random digits, working for {@link #CODE_LIFETIME}, one per phone (a new one replaces the old), kept as
 * digests only ({@link SignUpCode}); a code is void after {@link #MAX_WRONG_TRIES} wrong tries and once used. Asking
 * is throttled (R-ACC-2's way, in an {@link AttemptCounter}): {@link #CODES_PER_PHONE} codes per phone and
 * {@link #CODES_PER_ADDRESS} per address within {@link #CODE_WINDOW}, answered SIGN-UP-THROTTLED with the wait. So a
 * phone can be guessed at most 25 times an hour, against a million codes. Whether a number has an account is not
 * told before its code is proven: a code is sent either way, and the sign-up then answers ACCOUNT-USERNAME-TAKEN.
 */
public final class ResidentSignUp {

    /** How long a code works. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    /** How many wrong codes void a code. */
    public static final int MAX_WRONG_TRIES = 5;
    /** How many codes one phone may be sent within {@link #CODE_WINDOW}. */
    public static final int CODES_PER_PHONE = 5;
    /** How many codes may be asked for from one address within {@link #CODE_WINDOW}. */
    public static final int CODES_PER_ADDRESS = 20;
    /** The window of the two limits above. */
    public static final Duration CODE_WINDOW = Duration.ofHours(1);
    /** Who created the account, in the audit trail. */
    public static final String SELF_SIGN_UP = "self-sign-up";

    static final String PHONE_KEY = "sign-up-code:phone:";
    static final String ADDRESS_KEY = "sign-up-code:address:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final SignUpCodeRepository codes;
    private final UnitRepository units;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final PasswordHasher hasher;
    private final PasswordStrengthPolicy passwords;
    private final AttemptCounter attempts;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public ResidentSignUp(AccountRepository accounts, SignUpCodeRepository codes, UnitRepository units,
                          AuditTrail audit, Notifier notifier, PasswordHasher hasher, PasswordStrengthPolicy passwords,
                          AttemptCounter attempts, Clock clock, IdSource ids, EventPublisher events) {
        this.accounts = requireNonNull(accounts, "accounts");
        this.codes = requireNonNull(codes, "codes");
        this.units = requireNonNull(units, "units");
        this.audit = requireNonNull(audit, "audit");
        this.notifier = requireNonNull(notifier, "notifier");
        this.hasher = requireNonNull(hasher, "hasher");
        this.passwords = requireNonNull(passwords, "passwords");
        this.attempts = requireNonNull(attempts, "attempts");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /** A station a resident may sign up at, with the institute it belongs to, for the person to choose from. */
    public record Station(UnitId id, String name, String institute) {
    }

    /** The stations of the installation (not dissolved), by institute then name: public, like a notice board. */
    public List<Station> stations() {
        List<Station> stations = new ArrayList<>();
        for (Unit center : all(units::roots)) {
            for (Unit institute : all(p -> units.children(center.id(), p))) {
                if (institute.tier() != Tier.INSTITUTE || institute.dissolved()) {
                    continue;
                }
                for (Unit station : all(p -> units.children(institute.id(), p))) {
                    if (station.tier() == Tier.STATION && !station.dissolved()) {
                        stations.add(new Station(station.id(), station.name(), institute.name()));
                    }
                }
            }
        }
        stations.sort(Comparator.comparing(Station::institute).thenComparing(Station::name));
        return stations;
    }

    private static List<Unit> all(Function<PageRequest, Page<Unit>> pages) {
        List<Unit> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Unit> page;
        do {
            page = pages.apply(request);
            all.addAll(page.items());
            request = new PageRequest(request.offset() + request.limit(), request.limit());
        } while (page.hasMore());
        return all;
    }

    /**
     * Sends a new code to the phone, replacing one sent before; also forgets expired codes.
     *
     * @param address the client's address, or null when unknown (then only the phone counts)
     * @return when the code expires
     * @throws CivilityException VOLUNTEER-PHONE-FORMAT; SIGN-UP-THROTTLED (arg retryAfterSeconds);
     *                           SIGN-UP-CODE-UNDELIVERABLE if the notifier failed (nothing is kept then)
     */
    public Instant requestCode(String phone, String address) {
        PhoneNumber number = PhoneNumber.of(phone == null ? "" : phone);
        Instant now = clock.instant();
        count(PHONE_KEY + digest(number.value()), now, CODES_PER_PHONE, Optional.empty());
        if (address != null && !address.isBlank()) {
            count(ADDRESS_KEY + address, now, CODES_PER_ADDRESS, Optional.of(PHONE_KEY + digest(number.value())));
        }
        codes.deleteExpired(now);
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        Instant expiresAt = now.plus(CODE_LIFETIME);
        try {
            notifier.sendCode(new OneTimeCodeMessage(number, code, expiresAt));
        } catch (Exception e) {
            throw CivilityException.of(AccountError.SIGN_UP_CODE_UNDELIVERABLE);
        }
        codes.store(new SignUpCode(digest(number.value()), codeDigest(number, code), expiresAt, 0));
        return expiresAt;
    }

    private void count(String key, Instant now, int limit, Optional<String> takeBackOnRefusal) {
        Optional<Instant> refusedUntil = attempts.count(key, now, CODE_WINDOW, limit);
        if (refusedUntil.isPresent()) {
            takeBackOnRefusal.ifPresent(k -> attempts.forget(k, now));
            Duration wait = Duration.between(now, refusedUntil.get());
            long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
            throw CivilityException.of(AccountError.SIGN_UP_THROTTLED, "retryAfterSeconds", Math.max(1, seconds));
        }
    }

    /**
     * What a resident gives to sign up.
     *
     * @param phone      the mobile number the code was sent to; it names the account
     * @param code       the code received
     * @param personName the name the station sees
     * @param station    the station the resident belongs to
     * @param password   the password of their choosing (the password rule applies)
     */
    public record SignUp(String phone, String code, String personName, UnitId station, String password) {
    }

    /**
     * Proves the code and creates the resident's account, active, named by the number, holding RESIDENT at the
     * station. The code is used up whatever follows; a wrong one counts toward {@link #MAX_WRONG_TRIES}.
     *
     * @throws CivilityException VOLUNTEER-PHONE-FORMAT; SIGN-UP-CODE-INVALID (wrong, expired, used up, never sent);
     *                           SIGN-UP-STATION-UNKNOWN; ACCOUNT-INVALID (name); ACCOUNT-USERNAME-TAKEN (the number
     *                           has an account: sign in); the password rule's codes
     */
    public Account signUp(SignUp command) {
        requireNonNull(command, "command");
        PhoneNumber number = PhoneNumber.of(command.phone() == null ? "" : command.phone());
        Instant now = clock.instant();
        String phoneDigest = digest(number.value());
        SignUpCode code = codes.find(phoneDigest)
                .filter(c -> c.expiresAt().isAfter(now) && c.wrongTries() < MAX_WRONG_TRIES)
                .orElseThrow(() -> CivilityException.of(AccountError.SIGN_UP_CODE_INVALID));
        String given = command.code() == null ? "" : command.code().strip();
        if (!MessageDigest.isEqual(code.codeDigest().getBytes(StandardCharsets.US_ASCII),
                codeDigest(number, given).getBytes(StandardCharsets.US_ASCII))) {
            codes.store(code.triedWrong());
            throw CivilityException.of(AccountError.SIGN_UP_CODE_INVALID);
        }
        codes.delete(phoneDigest);
        UnitId station = requireNonNull(command.station(), "station");
        units.find(station).filter(u -> u.tier() == Tier.STATION && !u.dissolved())
                .orElseThrow(() -> CivilityException.of(AccountError.SIGN_UP_STATION_UNKNOWN, "station", station));
        String username = number.value();
        if (accounts.findByUsername(username).isPresent()) {
            throw CivilityException.of(AccountError.USERNAME_TAKEN, "username", number.masked());
        }
        String password = command.password() == null ? "" : command.password();
        passwords.evaluate(new PasswordStrengthPolicy.Candidate(username, password)).orThrow();
        RoleGrant resident = new RoleGrant(Role.RESIDENT, station);
        Account stored = accounts.store(Account.createWithPassword(new AccountId(ids.nextId()), username,
                command.personName(), hasher.hash(password), false, Set.of(resident), now));
        audit.append(entry(AuditAction.ACCOUNT_CREATED, stored, stored.credential().kind().name(), station, now));
        audit.append(entry(AuditAction.ROLE_GRANTED, stored, Role.RESIDENT.name(), station, now));
        events.publish(new AccountChanged(stored.id(), stored.username(), AuditAction.ACCOUNT_CREATED, now));
        return stored;
    }

    private AuditEntry entry(AuditAction action, Account account, String detail, UnitId unit, Instant at) {
        return new AuditEntry(new AuditEntryId(ids.nextId()), at, SELF_SIGN_UP, action, account.id().toString(),
                account.username(), Set.of(unit), detail);
    }

    private static String codeDigest(PhoneNumber number, String code) {
        return digest(number.value() + ":" + code);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
