package org.civility.web.spi;

import org.civility.core.access.Actor;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/**
 * Links the sign-in account of an actor who just registered themself as a volunteer to the new
 * volunteer record, so that from the next request on the {@link ActorResolver} gives an actor with
 * that {@code volunteerId} and the VOLUNTEER role at the home unit. Called inside the registering
 * request's transaction: if linking fails, the registration is rolled back too.
 *
 * <p>The default links accounts in Civility's own {@code civ_account}. A portal that replaces
 * {@link ActorResolver} with its own user directory replaces this port the same way:
 *
 * <pre>{@code
 * @ApplicationScoped @Alternative @Priority(Interceptor.Priority.APPLICATION + 10)
 * public class PortalVolunteerLinks implements VolunteerAccountLinker { ... }
 * }</pre>
 */
public interface VolunteerAccountLinker {

    /**
     * Links the account of {@code actor} to {@code volunteer} and grants it the VOLUNTEER role at
     * {@code homeUnit}, keeping the roles it has.
     *
     * @throws org.civility.core.shared.CivilityException {@code VOLUNTEER-ALREADY-LINKED} if the
     *                                                    account is linked to a volunteer already
     */
    void link(Actor actor, VolunteerId volunteer, UnitId homeUnit);
}
