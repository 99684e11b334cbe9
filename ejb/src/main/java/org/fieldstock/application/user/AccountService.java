package org.fieldstock.application.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.PasswordPolicy;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.UserRepository;

/** A user's own account: whether a new password is due, and changing it. */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME,
        Role.ADMIN_NAME})
public class AccountService {

    @Inject
    private UserRepository users;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private java.security.Principal principal;

    public boolean mustChangePassword() {
        return users.byUsername(myName()).map(AppUser::isMustChangePassword).orElse(false);
    }

    /** Needs the current password, so that a session left open cannot be taken over. */
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        AppUser me = users.byUsernameForUpdate(myName()).filter(AppUser::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("access.denied.unknownUser", myName()));
        List<Problem> problems = new ArrayList<>();
        if (currentPassword == null || !passwords.matches(currentPassword, me.getPasswordHash())) {
            problems.add(new Problem("password.currentWrong"));
        }
        problems.addAll(PasswordPolicy.problems(me.getUsername(), newPassword));
        if (newPassword != null && !newPassword.equals(repeated)) {
            problems.add(new Problem("password.repeatDiffers"));
        }
        if (problems.isEmpty() && passwords.matches(newPassword, me.getPasswordHash())) {
            problems.add(new Problem("password.unchanged"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        me.changePassword(passwords.hash(newPassword), Instant.now());
        audit.record(me.getUsername(), AuditAction.PASSWORD_CHANGED, AuditSubject.USER, me.getUsername(),
                me.getOrgUnit().getCode(), null);
    }

    private String myName() {
        return principal == null ? "" : principal.getName();
    }
}
