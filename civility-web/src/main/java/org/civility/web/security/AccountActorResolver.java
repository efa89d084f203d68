package org.civility.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.civility.core.access.Actor;
import org.civility.core.account.Account;
import org.civility.core.account.AccountChanged;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountState;
import org.civility.web.spi.ActorResolver;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;

/**
 * The default {@link ActorResolver}: the account of the same name in the deployment's {@link AccountRepository}. A
 * disabled account acts as nobody, so its open requests are refused.
 *
 * <p>An account's actor is reused for {@code civility.security.caller-reuse} (an ISO-8601 duration, {@link
 * #DEFAULT_REUSE} by default; {@code PT0S} reads the account on every request) instead of being read for every
 * request (ADR 0040). Every change of an account this node makes ({@link AccountChanged}, a volunteer linked) is
 * seen at once; a change made on another node of a cluster within that time.
 */
@ApplicationScoped
public class AccountActorResolver implements ActorResolver {

    /** How long an account's actor is reused by default. */
    public static final Duration DEFAULT_REUSE = Duration.ofSeconds(5);

    private static final int MAX_ACCOUNTS = 20_000;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "civility.security.caller-reuse", defaultValue = "PT5S")
    Duration reuse;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Cache<String, Actor> actors;

    @PostConstruct
    void start() {
        actors = reuse.isNegative() || reuse.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(reuse).maximumSize(MAX_ACCOUNTS).build();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> resolve(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        String username = principal.getName();
        Actor known = actors == null ? null : actors.getIfPresent(username);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Actor> actor = accounts.findByUsername(username)
                .filter(a -> a.state() != AccountState.DISABLED)
                .map(Account::toActor);
        if (actors != null) {
            actor.ifPresent(a -> actors.put(username, a));
        }
        return actor;
    }

    /**
     * Reads the account again on its next request: at once, and once more when the current transaction ends, so that
     * a request that read the account before the change committed cannot keep its old state.
     */
    public void forget(String username) {
        if (actors == null) {
            return;
        }
        actors.invalidate(username);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    actors.invalidate(username);
                }
            });
        }
    }

    void onChange(@Observes AccountChanged change) {
        forget(change.username());
    }
}
