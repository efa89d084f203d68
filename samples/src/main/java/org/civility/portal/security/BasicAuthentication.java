package org.civility.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civility.core.account.AccountError;
import org.civility.core.account.SignInResult;
import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.Messages;
import org.civility.portal.PortalError;
import org.civility.portal.setup.SetupResource;
import org.civility.web.account.SignUpResource;
import org.civility.web.certificate.CertificateVerificationResource;
import org.civility.web.problem.DatabaseOutages;
import org.civility.web.problem.Problems;
import org.civility.web.problem.WebError;
import org.civility.web.publicity.PublicStationResource;
import org.civility.web.ui.UiLimitsResource;
import org.civility.web.ui.UiMessagesResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * HTTP Basic for the API, and the bearer tokens the browser UI gets by signing in ({@link SessionResource}, or through
 * the OpenID Connect provider). Everything under {@code /api/} needs valid credentials; without them the
 * answer is 401 problem+json (code UNAUTHENTICATED, title in the caller's language) with a
 * {@code WWW-Authenticate} challenge. Health, OpenAPI and static pages stay public, and so does the
 * certificate verification a certificate's QR code links to, residents' sign-up and stations' public pages
 * ({@link #PUBLIC_API}). A deployment that switched
 * HTTP Basic off ({@link SignInMethods#basic()}) answers Basic credentials with 403 BASIC-AUTH-DISABLED, without
 * looking at them, and challenges only with {@code Bearer}.
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

    /** Paths under {@code /api/} that anyone may call without credentials. */
    static final List<String> PUBLIC_API = List.of("/api/" + CertificateVerificationResource.PATH + "/",
            "/api/" + SessionResource.PATH, "/api/" + UiMessagesResource.PATH, "/api/" + UiLimitsResource.PATH,
            "/api/" + SetupResource.PATH, "/api/" + SignUpResource.PATH,
            "/api/" + PublicStationResource.PATH + "/");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private static final Logger LOG = Logger.getLogger(BasicAuthentication.class.getName());

    @Inject
    PortalSignIn signIn;

    @Inject
    SessionTokens sessions;

    @Inject
    RecentSessions recent;

    @Inject
    SignInMethods methods;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (DatabaseOutages.isOutage(e)) {
                // Credentials are checked in the database: while it is away, say so (503), not "wrong password".
                LOG.warning("Database unavailable during sign-in: answered 503 DATABASE-UNAVAILABLE");
                return refuse(request, response, 503, WebError.DATABASE_UNAVAILABLE,
                        Map.of(Problems.RETRY_AFTER_SECONDS, DatabaseOutages.RETRY_AFTER_SECONDS));
            }
            throw e;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!methods.basic()) {
                return refuse(request, response, 403, PortalError.BASIC_AUTH_DISABLED, Map.of());
            }
            if (crossSiteWrite(request)) {
                return refuse(request, response, 403, PortalError.CROSS_SITE_REQUEST, Map.of());
            }
            String[] userAndPassword = decode(header.substring(6).trim());
            if (userAndPassword == null) {
                return unauthorized(request, response);
            }
            return switch (signIn.basic(userAndPassword[0], userAndPassword[1], request.getRemoteAddr())) {
                case SignInResult.SignedIn in ->
                        context.notifyContainerAboutLogin(new CredentialValidationResult(in.account().username()));
                case SignInResult.MustChangePassword ignored ->
                        refuse(request, response, 403, PortalError.PASSWORD_CHANGE_REQUIRED, Map.of());
                case SignInResult.Throttled t -> refuse(request, response, 429, AccountError.THROTTLED,
                        Map.of(Problems.RETRY_AFTER_SECONDS, t.retryAfter().toSeconds()));
                case SignInResult.Refused ignored -> unauthorized(request, response);
            };
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            Optional<String> caller = recent.caller(token);
            if (caller.isEmpty()) {
                caller = sessions.resolve(token).map(r -> r.getCallerPrincipal().getName());
                caller.ifPresent(name -> recent.resolved(token, name));
            }
            return caller.map(CredentialValidationResult::new)
                    .map(context::notifyContainerAboutLogin)
                    .orElseGet(() -> unauthorized(request, response));
        }
        if (isApi(request)) {
            return unauthorized(request, response);
        }
        return context.doNothing();
    }

    /** Whether the request needs credentials: under {@code /api/} and not one of {@link #PUBLIC_API}. */
    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && PUBLIC_API.stream().noneMatch(path::startsWith);
    }

    /**
     * Whether a request that changes something comes from another site's page: a browser sends Basic credentials
     * it has cached on its own, so such a request may be forged (CSRF). Browsers say where a request comes from
     * ({@code Sec-Fetch-Site}, {@code Origin}); API clients send neither and are not affected. The UI sends its
     * bearer token itself, which no other site can make it do.
     */
    static boolean crossSiteWrite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !(origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
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

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        // The browser UI signs in by its own form: a Basic challenge would pop up the browser's dialog.
        response.setHeader("WWW-Authenticate", fromUi(request) || !methods.basic() ? "Bearer realm=\"civility\""
                : "Basic realm=\"civility\", charset=\"UTF-8\"");
        return refuse(request, response, 401, WebError.UNAUTHENTICATED, Map.of());
    }

    /** Answers problem+json (title in the caller's language) and ends the request. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               ErrorCode code, Map<String, ?> args) {
        Locale locale = language(request.getHeader("Accept-Language"));
        String body = Json.createObjectBuilder()
                .add("type", "urn:civility:problem:" + code.code())
                .add("title", Messages.title(code, locale))
                .add("status", status)
                .add("detail", Messages.detail(code, locale, args))
                .add("code", code.code())
                .add("instance", request.getRequestURI())
                .build().toString();
        try {
            SecurityHeaders.apply(request, response);
            response.setStatus(status);
            if (Problems.retryAfter(args).isPresent()) {
                response.setHeader("Retry-After", Problems.retryAfter(args).get());
            }
            response.setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
            response.setHeader("Content-Language", locale.toLanguageTag());
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The client went away; the status is what matters.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Requests of the browser UI carry a bearer token or the {@code X-Civility-Client} header. */
    private static boolean fromUi(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return request.getHeader("X-Civility-Client") != null
                || header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static Locale language(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (Locale.LanguageRange range : safeParse(acceptLanguage)) {
                if (range.getRange().startsWith("zh")) {
                    return Messages.DEFAULT_LOCALE;
                }
                if (range.getRange().startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Messages.DEFAULT_LOCALE;
    }

    private static List<Locale.LanguageRange> safeParse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
