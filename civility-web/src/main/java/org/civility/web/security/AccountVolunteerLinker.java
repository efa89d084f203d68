package org.civility.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerError;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.account.AccountStore;
import org.civility.persistence.account.StoredAccount;
import org.civility.web.spi.VolunteerAccountLinker;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The default {@link VolunteerAccountLinker}: sets {@code volunteer_id} of the account of the same
 * name in {@code civ_account} and adds a VOLUNTEER grant at the home unit, as the portal's demo
 * data links the {@code volunteer} account. Joins the caller's transaction.
 */
@ApplicationScoped
public class AccountVolunteerLinker implements VolunteerAccountLinker {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void link(Actor actor, VolunteerId volunteer, UnitId homeUnit) {
        AccountStore accounts = new AccountStore(em);
        StoredAccount account = accounts.findByUsername(actor.name())
                .orElseThrow(() -> new IllegalStateException("no account named " + actor.name()));
        accounts.save(linked(account, volunteer, homeUnit));
    }

    /**
     * The account linked to {@code volunteer}, with a VOLUNTEER grant at {@code homeUnit} beside its
     * other grants.
     *
     * @throws CivilityException {@code VOLUNTEER-ALREADY-LINKED}
     */
    static StoredAccount linked(StoredAccount account, VolunteerId volunteer, UnitId homeUnit) {
        if (account.volunteerId().isPresent()) {
            throw CivilityException.of(VolunteerError.ALREADY_LINKED, "volunteerId", account.volunteerId().get());
        }
        Set<RoleGrant> grants = new HashSet<>(account.grants());
        grants.add(new RoleGrant(Role.VOLUNTEER, homeUnit));
        return new StoredAccount(account.username(), account.passwordHash(), account.displayName(), grants,
                Optional.of(volunteer.value()));
    }
}
