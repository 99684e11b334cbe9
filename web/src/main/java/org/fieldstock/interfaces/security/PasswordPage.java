package org.fieldstock.interfaces.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.fieldstock.application.user.AccountService;
import org.fieldstock.domain.user.PasswordPolicy;
import org.fieldstock.interfaces.shared.FacesFeedback;

/** Changing one's own password; the only page open after an administrator's reset. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    private AccountService account;

    @Inject
    private FacesFeedback feedback;

    private String current;
    private String chosen;
    private String repeated;

    public boolean isRequired() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && session.getAttribute(PasswordChangeFilter.MUST_CHANGE) != null;
    }

    public void change() throws IOException {
        boolean changed = feedback.attempt(() -> account.changePassword(current, chosen, repeated));
        current = null;
        chosen = null;
        repeated = null;
        if (changed) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            PasswordChangeFilter.passwordChanged((HttpSession) external.getSession(false));
            feedback.flashInfo("password.changed");
            external.redirect(external.getRequestContextPath() + LoginPage.home((HttpServletRequest) external.getRequest()));
        }
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
