package org.fieldstock.interfaces.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.domain.shared.BusinessException;

/**
 * Runs a service call for a screen and turns what goes wrong into messages in the user's
 * language: every problem of a business exception, or "not allowed" for a role check.
 */
@Named
@RequestScoped
public class FacesFeedback {

    private static final Logger LOG = Logger.getLogger(FacesFeedback.class.getName());

    @Inject
    private LocaleSelection localeSelection;

    /** A service call that returns nothing. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    /** Runs the action; returns false (and shows why) when the service refused it. */
    public boolean attempt(Action action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            for (String text : MessageBundle.texts(localeSelection.getLocale(), e)) {
                add(FacesMessage.SEVERITY_ERROR, text);
            }
        } catch (EJBAccessException e) {
            LOG.log(Level.FINE, "access denied", e);
            error("access.denied.role");
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /** Runs a service call that answers something; empty (and shows why) when the service refused it. */
    public <T> Optional<T> answer(Supplier<T> call) {
        List<T> answered = new ArrayList<>(1);
        return attempt(() -> answered.add(call.get())) ? Optional.ofNullable(answered.get(0)) : Optional.empty();
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, MessageBundle.text(localeSelection.getLocale(), key, arguments));
    }

    /** An information for the page a redirect leads to (or this request's own, if it renders one). */
    public void flashInfo(String key, Object... arguments) {
        MessagesAfterRedirect.keep(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO,
                MessageBundle.text(localeSelection.getLocale(), key, arguments));
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, MessageBundle.text(localeSelection.getLocale(), key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, MessageBundle.text(localeSelection.getLocale(), key, arguments));
    }

    public String text(String key, Object... arguments) {
        return MessageBundle.text(localeSelection.getLocale(), key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
