package org.civility.web.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civility.core.idempotency.IdempotentReply;
import org.civility.core.idempotency.IdempotentRequests;

import java.net.URI;
import java.security.Principal;
import java.util.Optional;

/**
 * Runs an {@link Idempotent} resource method inside its transaction (after {@code @Transactional}'s interceptor, by
 * priority): a request whose key was answered before gets the kept answer, marked {@code Idempotent-Replayed: true},
 * and the method does not run; otherwise the method runs and its successful answer is kept with its effect, in the
 * same transaction ({@link IdempotentRequests}). Requests without the header, or without a signed-in caller, just run.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    SentRequest sent;

    @Inject
    SecurityContext security;

    @Inject
    IdempotentRequests requests;

    @AroundInvoke
    public Object around(InvocationContext call) throws Exception {
        Principal caller = security.getCallerPrincipal();
        if (!sent.keyed() || caller == null || call.getMethod().getReturnType() != Response.class) {
            return call.proceed();
        }
        IdempotentRequests.Request request = requests.request(caller.getName(), sent.key(), sent.method(),
                sent.path(), sent.body());
        Optional<IdempotentReply> kept = requests.replay(request);
        if (kept.isPresent()) {
            return replay(kept.get());
        }
        Response answer = (Response) call.proceed();
        if (answer != null) {
            Object entity = answer.getEntity();
            String body = entity == null ? null : entity instanceof String s ? s : JSON.toJson(entity);
            URI location = answer.getLocation();
            requests.remember(request, answer.getStatus(), location == null ? null : location.toString(), body);
        }
        return answer;
    }

    private static Response replay(IdempotentReply kept) {
        Response.ResponseBuilder answer = Response.status(kept.status()).header(Idempotent.REPLAYED, "true");
        if (kept.location() != null) {
            answer.location(URI.create(kept.location()));
        }
        if (kept.body() != null) {
            answer.entity(kept.body()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        return answer.build();
    }
}
