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

    public Caller get() {
        if (caller == null) {
            String name = principal == null ? null : principal.getName();
            AppUser user = name == null ? null : users.byUsername(name).filter(AppUser::isEnabled).orElse(null);
            if (user == null) {
                throw new AccessDeniedException("access.denied.unknownUser", String.valueOf(name));
            }
            caller = user.asCaller();
        }
        return caller;
    }
}
