package org.civility.web.spi;

import org.civility.core.access.Actor;

import java.security.Principal;
import java.util.Optional;

/**
 * Maps the caller principal of a request to a Civility {@link Actor}: who they are and which roles
 * they hold at which units. The default reads Civility's account tables; a portal with its own
 * user directory replaces it with a CDI alternative:
 *
 * <pre>{@code
 * @ApplicationScoped @Alternative @Priority(Interceptor.Priority.APPLICATION + 10)
 * public class PortalActors implements ActorResolver { ... }
 * }</pre>
 */
public interface ActorResolver {

    /** The actor of an authenticated principal; empty if the principal is unknown to Civility. */
    Optional<Actor> resolve(Principal principal);
}
