package org.civility.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.civility.core.access.Actor;
import org.civility.core.shared.CivilityException;
import org.civility.web.problem.WebError;
import org.civility.web.spi.ActorResolver;

/**
 * Produces the {@link Actor} of the current request from the caller principal. A request without
 * a known principal never reaches core: it fails with UNAUTHENTICATED (401).
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    ActorResolver resolver;

    @Produces
    @Dependent
    public Actor actor() {
        return resolver.resolve(security.getCallerPrincipal())
                .orElseThrow(() -> new CivilityException(WebError.UNAUTHENTICATED));
    }
}
