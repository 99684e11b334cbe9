package org.fieldstock.interfaces.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldstock.application.user.LoginService;
import org.fieldstock.domain.user.Role;
import org.fieldstock.interfaces.shared.FacesFeedback;

/** The login form: checks the credentials through the authentication mechanism and goes on to the page asked for. */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/documents/list.xhtml";
    static final String ADMIN_HOME = "/admin/users.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesFeedback feedback;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            feedback.error("login.required");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                LoginService.Outcome outcome = (LoginService.Outcome) request
                        .getAttribute(FieldstockAuthenticationMechanism.LOGIN_OUTCOME);
                if (outcome != null && outcome.mustChangePassword()) {
                    external.getSessionMap().put(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
                    external.redirect(external.getRequestContextPath() + PasswordChangeFilter.PASSWORD_PAGE);
                } else {
                    external.redirect(external.getRequestContextPath() + safeNext(request));
                }
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                LoginService.Outcome outcome = (LoginService.Outcome) request
                        .getAttribute(FieldstockAuthenticationMechanism.LOGIN_OUTCOME);
                if (outcome != null && outcome.status() == LoginService.Status.LOCKED) {
                    feedback.error("login.throttled", (outcome.lockedFor().toSeconds() + 59) / 60);
                } else {
                    feedback.error("login.failed");
                }
            }
        }
        password = null;
    }

    public void logout() throws Exception {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + FieldstockAuthenticationMechanism.LOGIN_PAGE);
    }

    /** Only a path inside this application, never another site. */
    private String safeNext(HttpServletRequest request) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(FieldstockAuthenticationMechanism.LOGIN_PAGE)) {
            return next;
        }
        return home(request);
    }

    /** Where a user starts: the document list, or the user list for an administrator who does no stock work. */
    public static String home(HttpServletRequest request) {
        boolean stockWork = java.util.stream.Stream.of(Role.values()).filter(role -> role != Role.ADMIN)
                .anyMatch(role -> request.isUserInRole(role.name()));
        return stockWork || !request.isUserInRole(Role.ADMIN_NAME) ? HOME : ADMIN_HOME;
    }

    /** For the welcome page. */
    public void goHome() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + home((HttpServletRequest) external.getRequest()));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
