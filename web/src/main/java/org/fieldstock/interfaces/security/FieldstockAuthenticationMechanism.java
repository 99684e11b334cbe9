package org.fieldstock.interfaces.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.user.ApiTokenService;
import org.fieldstock.application.user.LoginService;
import org.fieldstock.domain.user.Role;
import org.fieldstock.interfaces.shared.MessageBundle;

/**
 * One mechanism for the whole application (Payara picks one per application, not per path):
 * <ul>
 * <li>{@code /api/*}: a personal API token ({@code Authorization: Bearer ...}) or HTTP Basic on every
 * request, no session; 401 with a challenge, never a redirect;</li>
 * <li>pages: the login page calls {@code SecurityContext.authenticate} with the typed credentials; the
 * HTTP session then carries the login; a protected page without a login redirects
 * to the login page (for PrimeFaces ajax, with a partial-response redirect).</li>
 * </ul>
 * The built-in form mechanism is avoided on purpose: on Payara 6 the first request after its redirect
 * back loses the caller's roles.
 */
@ApplicationScoped
public class FieldstockAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String REALM = "Fieldstock";
    /** Request attribute set when the caller logged in with an API token rather than a password. */
    public static final String TOKEN_LOGIN = "fieldstock.tokenLogin";
    /** Request attribute: the outcome of the password check of this request, for the login page's message. */
    static final String LOGIN_OUTCOME = "fieldstock.loginOutcome";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final Logger LOG = Logger.getLogger(FieldstockAuthenticationMechanism.class.getName());

    @Inject
    private LoginService logins;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private ApiTokenService apiTokens;

    @Inject
    private CurrentCaller currentCaller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException e) {
            // Fail closed: the container would otherwise go on as if nobody had asked to log in.
            LOG.log(Level.SEVERE, "authentication failed with an error", e);
            try {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            } catch (IOException ignored) {
                // the answer is lost either way
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential typed) {
            LoginService.Outcome outcome = validate(typed);
            request.setAttribute(LOGIN_OUTCOME, outcome);
            if (outcome.status() == LoginService.Status.VALID) {
                context.setRegisterSession(outcome.username(), groups(outcome.roles()));
                return context.notifyContainerAboutLogin(outcome.username(), groups(outcome.roles()));
            }
            return context.responseUnauthorized();
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            // Logged in earlier in this session (registered above): the container kept the caller and groups.
            return resumeSession(context, sessionCaller);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiTokenService.TokenCaller> caller = apiTokens.authenticate(authorization.substring(7).strip());
            if (caller.isPresent()) {
                request.setAttribute(TOKEN_LOGIN, Boolean.TRUE);
                currentCaller.authenticated(caller.get().caller());
                return context.notifyContainerAboutLogin(caller.get().username(), groups(caller.get().roles()));
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            logRefusal(request, HttpServletResponse.SC_UNAUTHORIZED, null, "unknown, expired or revoked API token");
            return context.responseUnauthorized();
        }
        UsernamePasswordCredential credential = basicCredential(authorization);
        if (credential != null) {
            LoginService.Outcome outcome = validate(credential);
            if (outcome.status() == LoginService.Status.LOCKED) {
                logRefusal(request, TOO_MANY_REQUESTS, credential.getCaller(), "locked after failed logins");
                long seconds = outcome.lockedFor().toSeconds() + 1;
                response.setHeader("Retry-After", String.valueOf(seconds));
                return refuse(request, response, TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS", "login.tooManyFailures",
                        seconds);
            }
            if (outcome.status() == LoginService.Status.VALID && outcome.mustChangePassword()) {
                logRefusal(request, HttpServletResponse.SC_FORBIDDEN, credential.getCaller(), "password.mustChange");
                return refuse(request, response, "password.mustChange");
            }
            if (outcome.status() == LoginService.Status.VALID) {
                return context.notifyContainerAboutLogin(outcome.username(), groups(outcome.roles()));
            }
        }
        if (credential != null || context.isProtected()) {
            logRefusal(request, HttpServletResponse.SC_UNAUTHORIZED, credential == null ? null : credential.getCaller(),
                    credential == null ? "no credentials" : "wrong user name or password");
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    /**
     * An API call refused before JAX-RS: one line in the log, without a stack trace, as the API's
     * own refusals ({@code org.fieldstock.interfaces.shared.rest.RefusalLog}).
     */
    private static void logRefusal(HttpServletRequest request, int status, String user, String reason) {
        LOG.info(() -> (status + " " + request.getMethod() + " " + request.getRequestURI() + " by "
                + (user == null ? "(nobody)" : user) + ": " + reason).replaceAll("[\\r\\n\\t]+", " "));
    }

    /** Checks the password, unless this server's throttle holds back an unknown name tried too often. */
    private LoginService.Outcome validate(UsernamePasswordCredential credential) {
        Duration throttled = throttle.lockedFor(credential.getCaller());
        if (!throttled.isZero()) {
            return new LoginService.Outcome(LoginService.Status.LOCKED, null, Set.of(), false, throttled, false);
        }
        LoginService.Outcome outcome = logins.check(credential.getCaller(), credential.getPasswordAsString());
        if (outcome.status() == LoginService.Status.INVALID && !outcome.knownUser()) {
            throttle.failed(credential.getCaller());
        }
        return outcome;
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** A JSON error answer in the API's usual shape, from before JAX-RS is reached. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String key) {
        return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", key);
    }

    /** Answers the API's JSON error, in the client's language, and ends the request there. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
            String error, String key, Object... arguments) {
        Locale locale = MessageBundle.supported(request.getLocale());
        String body = Json.createObjectBuilder().add("status", status).add("error", error)
                .add("messages", Json.createArrayBuilder().add(MessageBundle.text(locale, key, arguments)))
                .add("codes", Json.createArrayBuilder().add(key)).build().toString();
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + loginUrl + "\"></redirect></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            if ("GET".equals(request.getMethod()) && !target.equals("/") && !target.isEmpty()) {
                loginUrl += "?next=" + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return context.redirect(loginUrl);
    }

    private static AuthenticationStatus resumeSession(HttpMessageContext context, Principal caller) {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("cannot resume the session login of " + caller.getName(), e);
        }
    }

    /** The API and its OpenAPI description: credentials with every request, no session, 401 instead of a redirect. */
    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/openapi") || path.startsWith("/openapi/");
    }

    private static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
