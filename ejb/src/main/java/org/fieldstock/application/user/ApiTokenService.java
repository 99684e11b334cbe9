package org.fieldstock.application.user;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.ApiToken;
import org.fieldstock.domain.user.ApiTokenRepository;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.UserRepository;

/** Personal API tokens: a user makes, lists and revokes their own; the API accepts them as Bearer tokens. */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME,
        Role.ADMIN_NAME})
public class ApiTokenService {

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private UserRepository users;

    @Inject
    private Principal principal;

    @Inject
    private AuditTrail audit;

    /** Who a presented token acts for, if it is a live token of an enabled user. Called before any login exists. */
    @PermitAll
    public Optional<TokenCaller> authenticate(String presented) {
        if (presented == null || !presented.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        return tokens.byHash(ApiToken.hash(presented)).filter(ApiToken::isActive).map(token -> {
            Instant now = Instant.now();
            if (token.isUseDue(now)) {
                tokens.noteUse(token, now, ApiToken.useNotedSince(now));
            }
            return new TokenCaller(token.getOwner().getUsername(), Set.copyOf(token.getOwner().getRoles()),
                    token.getOwner().asCaller());
        });
    }

    /** A new token for the caller. The secret in the result is shown once and never stored. */
    public ApiToken.Issued issue(String label) {
        ApiToken.Issued issued = ApiToken.issue(me(), label, Instant.now());
        tokens.add(issued.token());
        audited(AuditAction.TOKEN_ISSUED, issued.token());
        return issued;
    }

    public List<ApiToken> mine() {
        return tokens.of(me());
    }

    /** Revokes one of the caller's tokens; someone else's token is "not found", as if it did not exist. */
    public ApiToken revoke(long id) {
        AppUser me = me();
        ApiToken token = tokens.find(id).filter(t -> t.getOwner().getUsername().equals(me.getUsername()))
                .orElseThrow(() -> new NotFoundException("token.notFound", id));
        token.revoke(me.getUsername(), Instant.now());
        audited(AuditAction.TOKEN_REVOKED, token);
        return token;
    }

    private void audited(AuditAction action, ApiToken token) {
        AppUser owner = token.getOwner();
        audit.record(owner.getUsername(), action, AuditSubject.TOKEN, owner.getUsername(),
                owner.getOrgUnit().getCode(), token.getLabel());
    }

    private AppUser me() {
        String name = principal == null ? null : principal.getName();
        return users.byUsername(name == null ? "" : name).filter(AppUser::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("access.denied.unknownUser", String.valueOf(name)));
    }

    /**
     * The user a token acts for, that user's roles (the security groups), and the caller as the
     * services see it, so that the request need not read the user a second time.
     */
    public record TokenCaller(String username, Set<Role> roles, Caller caller) {
    }
}
