package org.civility.portal.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civility.core.account.AccountService;
import org.civility.core.account.SignInResult;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic checked by core's {@link AccountService} (R-ACC-2 applies), the least a portal must bring of its own:
 * civility-web resolves the signed-in name to an actor through the account repository it is given.
 */
@ApplicationScoped
public class MemorySignIn implements HttpAuthenticationMechanism {

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decode(header.substring(6).trim());
            if (pair != null && accounts.signIn(pair[0], pair[1], request.getRemoteAddr())
                    instanceof SignInResult.SignedIn in) {
                return context.notifyContainerAboutLogin(new CredentialValidationResult(in.account().username()));
            }
            return context.responseUnauthorized();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") ? context.responseUnauthorized() : context.doNothing();
    }

    private static String[] decode(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? null : new String[]{text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
