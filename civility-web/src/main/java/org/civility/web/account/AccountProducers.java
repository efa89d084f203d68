package org.civility.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.civility.core.access.AccessControl;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountService;
import org.civility.core.account.Pbkdf2PasswordHasher;
import org.civility.core.account.PasswordStrengthPolicy;
import org.civility.core.account.ResidentSignUp;
import org.civility.core.account.SignUpCodeRepository;
import org.civility.core.account.SignInThrottlePolicy;
import org.civility.core.account.internal.VerifiedCredentialCache;
import org.civility.core.audit.AuditService;
import org.civility.core.audit.AuditTrail;
import org.civility.core.notice.Notifier;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.spi.AttemptCounter;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * Produces the {@link AccountService} and the {@link AuditService} over the deployment's repositories. R-ACC-2's failure counts, the password
 * rule's list and the cache of verified credentials are kept once per process ({@link Singleton}: every request must see the same).
 */
@ApplicationScoped
public class AccountProducers {

    /** R-ACC-2's limits: DOMAIN §9's defaults unless {@code civility.sign-in.failures-per-account} etc. say else. */
    @Inject
    @ConfigProperty(name = "civility.sign-in.failures-per-account", defaultValue = "5")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "civility.sign-in.failures-per-address", defaultValue = "20")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "civility.sign-in.failure-window", defaultValue = "PT15M")
    String failureWindow;

    @Produces
    @Singleton
    public SignInThrottlePolicy signInThrottle(Clock clock) {
        return new SignInThrottlePolicy(new SignInThrottlePolicy.Limits(failuresPerAccount, failuresPerAddress,
                Duration.parse(failureWindow)), clock);
    }

    @Produces
    @Singleton
    public VerifiedCredentialCache verifiedCredentials() {
        return new VerifiedCredentialCache(Clock.systemUTC());
    }

    /** The password rule with its list of common passwords, read once. */
    @Produces
    @Singleton
    public PasswordStrengthPolicy passwordRule() {
        return PasswordStrengthPolicy.defaults();
    }

    @Produces
    public AccountService accountService(AccountRepository accounts, AuditTrail audit, AccessControl access,
                                         PasswordStrengthPolicy passwords, SignInThrottlePolicy throttle, Clock clock,
                                         IdSource ids, EventPublisher events) {
        return new AccountService(accounts, audit, access, new Pbkdf2PasswordHasher(), passwords, throttle, clock, ids,
                events);
    }

    /**
     * Residents signing up by phone. The codes go out through the portal's {@link Notifier}; a portal without one
     * (or whose notifier reaches no single phone) answers SIGN-UP-CODE-UNDELIVERABLE.
     */
    @Produces
    public ResidentSignUp residentSignUp(AccountRepository accounts, SignUpCodeRepository codes, UnitRepository units,
                                         AuditTrail audit, Instance<Notifier> notifiers,
                                         PasswordStrengthPolicy passwords, AttemptCounter attempts, Clock clock,
                                         IdSource ids, EventPublisher events) {
        Notifier notifier = notifiers.isResolvable() ? notifiers.get() : (channel, message) -> {
            throw new IllegalStateException("this portal has no notifier");
        };
        return new ResidentSignUp(accounts, codes, units, audit, notifier, new Pbkdf2PasswordHasher(), passwords,
                attempts, clock, ids, events);
    }

    @Produces
    public AuditService auditService(AuditTrail trail, UnitRepository units, AccessControl access, Clock clock,
                                     IdSource ids) {
        return new AuditService(trail, units, access, clock, ids);
    }
}
