package org.civility.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.access.Actor;
import org.civility.core.account.Account;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountState;
import org.civility.web.spi.ActorResolver;

import java.security.Principal;
import java.util.Optional;

/**
 * The default {@link ActorResolver}: the account of the same name in the deployment's {@link AccountRepository}. A
 * disabled account acts as nobody, so its open requests are refused at once.
 */
@ApplicationScoped
public class AccountActorResolver implements ActorResolver {

    @Inject
    AccountRepository accounts;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> resolve(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        return accounts.findByUsername(principal.getName())
                .filter(a -> a.state() != AccountState.DISABLED)
                .map(Account::toActor);
    }
}
