package org.fieldstock.interfaces.shared;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The language of the screens: the browser's at first, then whatever the user picks. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = MessageBundle.supported(FacesContext.getCurrentInstance().getExternalContext().getRequestLocale());
        }
        return locale;
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    /** Switches the language and reloads the page in it. */
    public void switchTo(String languageTag) {
        locale = MessageBundle.supported(Locale.forLanguageTag(languageTag));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
