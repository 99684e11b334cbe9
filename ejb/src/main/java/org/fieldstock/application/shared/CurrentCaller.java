package org.fieldstock.application.shared;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.UserRepository;

/** The authenticated user of this request, with roles and org unit from the database. */
@RequestScoped
public class CurrentCaller {

    @Inject
    private Principal principal;

    @Inject
    private UserRepository users;

    private Caller caller;

    /**
     * The caller the authentication of this request has just read (an API token's owner), kept for
     * the rest of the request instead of reading the user again. Only a caller of the request's own
     * principal counts.
     */
    public void authenticated(Caller authenticated) {
        caller = authenticated;
    }

    public Caller get() {
        String name = principal == null ? null : principal.getName();
        if (caller != null && !caller.getUsername().equals(name)) {
            caller = null;
        }
        if (caller == null) {
            AppUser user = name == null ? null : users.byUsername(name).filter(AppUser::isEnabled).orElse(null);
            if (user == null) {
                throw new AccessDeniedException("access.denied.unknownUser", String.valueOf(name));
            }
            caller = user.asCaller();
        }
        return caller;
    }
}
