package org.civility.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.Account;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.AccountState;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerError;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.spi.VolunteerAccountLinker;

import java.time.Clock;
import java.time.Instant;

/**
 * The default {@link VolunteerAccountLinker}: links the account of the same name in the deployment's
 * {@link AccountRepository} to the volunteer record and grants it VOLUNTEER at the home unit, as the portal's demo
 * data links the {@code volunteer} account. Joins the caller's transaction.
 */
@ApplicationScoped
public class AccountVolunteerLinker implements VolunteerAccountLinker {

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    AccountActorResolver actors;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void link(Actor actor, VolunteerId volunteer, UnitId homeUnit) {
        Account account = accounts.findByUsername(actor.name())
                .filter(a -> a.state() != AccountState.DISABLED)
                .orElseThrow(() -> new IllegalStateException("no account named " + actor.name()));
        accounts.store(linked(account, volunteer, homeUnit, clock.instant()));
        actors.forget(account.username());
    }

    /**
     * The account linked to {@code volunteer}, with a VOLUNTEER grant at {@code homeUnit} beside its other grants.
     *
     * @throws CivilityException {@code VOLUNTEER-ALREADY-LINKED}
     */
    static Account linked(Account account, VolunteerId volunteer, UnitId homeUnit, Instant at) {
        if (account.volunteer().isPresent()) {
            throw CivilityException.of(VolunteerError.ALREADY_LINKED, "volunteerId", account.volunteer().get().value());
        }
        account.linkVolunteer(volunteer, at);
        account.grant(new RoleGrant(Role.VOLUNTEER, homeUnit), at);
        return account;
    }
}
