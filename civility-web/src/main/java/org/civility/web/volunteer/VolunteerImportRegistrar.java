package org.civility.web.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.access.Actor;
import org.civility.core.volunteer.RegisterVolunteer;
import org.civility.core.volunteer.Registration;
import org.civility.core.volunteer.VolunteerService;

import java.util.List;

/**
 * Registers imported rows through core in transactions of their own: a slice of rows together, the rows core refuses
 * left out, or one row alone. A slice whose transaction fails leaves nothing behind.
 */
@ApplicationScoped
public class VolunteerImportRegistrar {

    @Inject
    VolunteerService volunteers;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void register(Actor actor, RegisterVolunteer command) {
        volunteers.register(actor, command);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Registration> registerAll(Actor actor, List<RegisterVolunteer> commands) {
        return volunteers.registerAll(actor, commands);
    }
}
