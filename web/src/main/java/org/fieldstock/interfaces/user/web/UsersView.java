package org.fieldstock.interfaces.user.web;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.user.UserAdminService;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.user.ApiToken;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Role;
import org.fieldstock.interfaces.shared.FacesFeedback;

/** The administrator's user list and the form for one user; every action goes to {@link UserAdminService}. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    private UserAdminService admin;

    @Inject
    private FacesFeedback feedback;

    private List<AppUser> users = List.of();
    private List<OrgUnit> orgUnits = List.of();

    /** The user being edited; null while entering a new one. */
    private String editing;
    private String username;
    private String displayName;
    private String orgUnitCode;
    /** Role names: a many-select hands back strings, not enum values. */
    private List<String> roles = List.of();

    private String temporaryFor;
    private String temporaryPassword;
    private List<ApiToken> tokens = List.of();

    @PostConstruct
    void load() {
        feedback.attempt(() -> {
            users = admin.users();
            orgUnits = admin.orgUnits();
        });
    }

    public void startNew() {
        editing = null;
        username = null;
        displayName = null;
        orgUnitCode = null;
        roles = List.of();
        tokens = List.of();
    }

    public void edit(AppUser user) {
        editing = user.getUsername();
        username = user.getUsername();
        displayName = user.getDisplayName();
        orgUnitCode = user.getOrgUnit().getCode();
        roles = user.getRoles().stream().sorted().map(Enum::name).toList();
        feedback.attempt(() -> tokens = admin.tokensOf(editing));
    }

    public void save() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().map(Role::valueOf).forEach(chosen::add);
        }
        boolean saved;
        if (editing == null) {
            saved = feedback.attempt(() -> {
                UserAdminService.Created created = admin.create(username, displayName, orgUnitCode, chosen);
                showTemporary(created);
                editing = created.user().getUsername();
                feedback.info("admin.users.created", editing);
            });
        } else {
            saved = feedback.attempt(() -> {
                admin.change(editing, displayName, orgUnitCode, chosen);
                feedback.info("admin.users.saved", editing);
            });
        }
        if (saved) {
            load();
        }
    }

    public void disable(AppUser user) {
        act(() -> admin.disable(user.getUsername()), "admin.users.disabledDone", user);
    }

    public void enable(AppUser user) {
        act(() -> admin.enable(user.getUsername()), "admin.users.enabledDone", user);
    }

    public void unlock(AppUser user) {
        act(() -> admin.unlock(user.getUsername()), "admin.users.unlocked", user);
    }

    public void resetPassword(AppUser user) {
        feedback.attempt(() -> showTemporary(admin.resetPassword(user.getUsername())));
        load();
    }

    public void revoke(ApiToken token) {
        feedback.attempt(() -> {
            admin.revokeToken(token.getId());
            feedback.info("admin.users.tokenRevoked", token.getLabel(), token.getOwner().getUsername());
            tokens = admin.tokensOf(token.getOwner().getUsername());
        });
    }

    private void act(FacesFeedback.Action action, String doneKey, AppUser user) {
        temporaryPassword = null;
        if (feedback.attempt(action)) {
            feedback.info(doneKey, user.getUsername());
        }
        load();
    }

    private void showTemporary(UserAdminService.Created created) {
        temporaryFor = created.user().getUsername();
        temporaryPassword = created.temporaryPassword();
    }

    public boolean isLocked(AppUser user) {
        return user.isLocked(java.time.Instant.now());
    }

    public boolean isNew() {
        return editing == null;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<AppUser> getUsers() {
        return users;
    }

    public List<OrgUnit> getOrgUnits() {
        return orgUnits;
    }

    public String getEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getOrgUnitCode() {
        return orgUnitCode;
    }

    public void setOrgUnitCode(String orgUnitCode) {
        this.orgUnitCode = orgUnitCode;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getTemporaryFor() {
        return temporaryFor;
    }

    /** Shown once, in this view only; never stored. */
    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public List<ApiToken> getTokens() {
        return tokens;
    }
}
