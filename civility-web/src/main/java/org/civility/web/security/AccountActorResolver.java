package org.civility.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civility.core.access.Actor;
import org.civility.persistence.account.AccountStore;
import org.civility.persistence.account.StoredAccount;
import org.civility.web.spi.ActorResolver;

import java.security.Principal;
import java.util.Optional;

/** The default {@link ActorResolver}: the account of the same name in {@code civ_account}. */
@ApplicationScoped
public class AccountActorResolver implements ActorResolver {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> resolve(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        return new AccountStore(em).findByUsername(principal.getName()).map(StoredAccount::toActor);
    }
}
