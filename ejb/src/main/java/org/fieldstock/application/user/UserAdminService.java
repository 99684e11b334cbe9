package org.fieldstock.application.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.user.ApiToken;
import org.fieldstock.domain.user.ApiTokenRepository;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.UserRepository;

/**
 * The administrator's work on users: create, change org unit and roles, disable and enable,
 * reset a password (shown once, to be changed at the next login), lift a lock, revoke tokens.
 * Every change goes to the audit trail.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminService {

    @Inject
    private UserRepository users;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private CurrentCaller currentCaller;

    public List<AppUser> users() {
        admin();
        return users.all();
    }

    public AppUser user(String username) {
        admin();
        return find(username);
    }

    public List<OrgUnit> orgUnits() {
        admin();
        return organisation.allOrgUnits();
    }

    /** A new user with a temporary password, which the result carries once. */
    public Created create(String username, String displayName, String orgUnitCode, Set<Role> roles) {
        Caller admin = admin();
        String name = username == null ? "" : username.strip();
        OrgUnit unit = orgUnit(orgUnitCode);
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new Problem("user.username.required"));
        } else if (users.byUsername(name).isPresent()) {
            problems.add(new Problem("user.username.taken", name));
        }
        boolean unknownUnit = unit == null && orgUnitCode != null && !orgUnitCode.isBlank();
        if (unknownUnit) {
            problems.add(new Problem("orgUnit.unknown", orgUnitCode.strip()));
        }
        AppUser.check(name.isEmpty() ? null : name, displayName, unit, roles == null ? Set.of() : roles).stream()
                .filter(p -> !(unknownUnit && p.getMessageKey().equals("user.orgUnit.required")))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        String temporary = passwords.temporary();
        AppUser user = AppUser.withTemporaryPassword(name, passwords.hash(temporary), displayName.strip(), unit, roles,
                Instant.now());
        users.add(user);
        audit.record(admin.getUsername(), AuditAction.USER_CREATED, AuditSubject.USER, name, unit.getCode(),
                describe(user));
        return new Created(user, temporary);
    }

    public AppUser change(String username, String displayName, String orgUnitCode, Set<Role> roles) {
        Caller admin = admin();
        AppUser user = lockedUser(username);
        OrgUnit unit = orgUnit(orgUnitCode);
        if (unit == null && orgUnitCode != null && !orgUnitCode.isBlank()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "orgUnit.unknown", orgUnitCode.strip());
        }
        if (user.getUsername().equals(admin.getUsername()) && (roles == null || !roles.contains(Role.ADMIN))) {
            throw new BusinessException(BusinessException.Kind.INVALID, "user.cannotDropOwnAdmin");
        }
        user.assign(displayName, unit, roles == null ? Set.of() : roles);
        audit.record(admin.getUsername(), AuditAction.USER_CHANGED, AuditSubject.USER, user.getUsername(),
                unit.getCode(), describe(user));
        return user;
    }

    public AppUser disable(String username) {
        Caller admin = admin();
        AppUser user = lockedUser(username);
        if (user.getUsername().equals(admin.getUsername())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "user.cannotDisableSelf");
        }
        user.disable();
        audit.record(admin.getUsername(), AuditAction.USER_DISABLED, AuditSubject.USER, user.getUsername(),
                user.getOrgUnit().getCode(), null);
        return user;
    }

    public AppUser enable(String username) {
        Caller admin = admin();
        AppUser user = lockedUser(username);
        user.enable();
        audit.record(admin.getUsername(), AuditAction.USER_ENABLED, AuditSubject.USER, user.getUsername(),
                user.getOrgUnit().getCode(), null);
        return user;
    }

    /** A new temporary password (in the result, once); the user must change it at the next login. */
    public Created resetPassword(String username) {
        Caller admin = admin();
        AppUser user = lockedUser(username);
        String temporary = passwords.temporary();
        user.resetPassword(passwords.hash(temporary), Instant.now());
        audit.record(admin.getUsername(), AuditAction.PASSWORD_RESET, AuditSubject.USER, user.getUsername(),
                user.getOrgUnit().getCode(), null);
        return new Created(user, temporary);
    }

    public AppUser unlock(String username) {
        Caller admin = admin();
        AppUser user = lockedUser(username);
        user.unlock();
        audit.record(admin.getUsername(), AuditAction.USER_UNLOCKED, AuditSubject.USER, user.getUsername(),
                user.getOrgUnit().getCode(), null);
        return user;
    }

    public List<ApiToken> tokensOf(String username) {
        admin();
        return tokens.of(find(username));
    }

    public ApiToken revokeToken(long tokenId) {
        Caller admin = admin();
        ApiToken token = tokens.find(tokenId).orElseThrow(() -> new NotFoundException("token.notFound", tokenId));
        token.revoke(admin.getUsername(), Instant.now());
        audit.record(admin.getUsername(), AuditAction.TOKEN_REVOKED, AuditSubject.TOKEN,
                token.getOwner().getUsername(), token.getOwner().getOrgUnit().getCode(), token.getLabel());
        return token;
    }

    private Caller admin() {
        Caller caller = currentCaller.get();
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("access.denied.admin", caller.getUsername());
        }
        return caller;
    }

    private AppUser find(String username) {
        return users.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new NotFoundException("user.notFound", username));
    }

    private AppUser lockedUser(String username) {
        return users.byUsernameForUpdate(username == null ? "" : username.strip())
                .orElseThrow(() -> new NotFoundException("user.notFound", username));
    }

    private OrgUnit orgUnit(String code) {
        return code == null || code.isBlank() ? null : organisation.orgUnitByCode(code.strip()).orElse(null);
    }

    private static String describe(AppUser user) {
        return user.getDisplayName() + " " + user.getOrgUnit().getCode() + " "
                + user.getRoles().stream().map(Enum::name).sorted().toList();
    }

    /** A user and the temporary password just set, which is shown once and never stored. */
    public record Created(AppUser user, String temporaryPassword) {
    }
}
