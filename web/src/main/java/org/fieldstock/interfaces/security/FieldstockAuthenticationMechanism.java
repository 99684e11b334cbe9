package org.fieldstock.interfaces.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldstock.application.ApiTokenService;

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
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private ApiTokenService apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential typed) {
            CredentialValidationResult result = validate(typed);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
                return context.notifyContainerAboutLogin(result);
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
                return context.notifyContainerAboutLogin(caller.get().username(),
                        caller.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            return context.responseUnauthorized();
        }
        UsernamePasswordCredential credential = basicCredential(authorization);
        if (credential != null) {
            long lockedSeconds = throttle.lockedFor(credential.getCaller()).toSeconds();
            if (lockedSeconds > 0) {
                response.setHeader("Retry-After", String.valueOf(lockedSeconds + 1));
                try {
                    response.sendError(TOO_MANY_REQUESTS, "Too many failed logins; try again later");
                } catch (IOException e) {
                    return context.responseUnauthorized();
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        if (credential != null || context.isProtected()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    /** Checks the password unless the user name is locked; counts failures for the throttle. */
    private CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (!throttle.lockedFor(credential.getCaller()).isZero()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(credential.getCaller());
        } else {
            throttle.failed(credential.getCaller());
        }
        return result;
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

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
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
