package org.civility.web.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.access.Actor;
import org.civility.core.volunteer.RegisterVolunteer;
import org.civility.core.volunteer.VolunteerService;

/** Registers one imported row through core, in a transaction of its own: a failing row leaves nothing behind. */
@ApplicationScoped
public class VolunteerImportRegistrar {

    @Inject
    VolunteerService volunteers;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void register(Actor actor, RegisterVolunteer command) {
        volunteers.register(actor, command);
    }
}
