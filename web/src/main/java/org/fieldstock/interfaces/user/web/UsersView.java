package org.fieldstock.interfaces.user.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.user.UserAdminService;
import org.fieldstock.domain.user.Role;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.omnifaces.cdi.ViewScoped;

/** The administrator's user list and the form for one user; every action goes to {@link UserAdminService}. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    private UserAdminService admin;

    @Inject
    private FacesFeedback feedback;

    private List<UserRow> users = List.of();
    private List<OrgUnitRef> orgUnits = List.of();

    /** The user being edited; null while entering a new one. */
    private String editing;
    private String username;
    private String displayName;
    private String orgUnitCode;
    /** Role names: a many-select hands back strings, not enum values. */
    private List<String> roles = List.of();

    private String temporaryFor;
    private String temporaryPassword;
    private List<TokenRow> tokens = List.of();

    @PostConstruct
    void load() {
        feedback.attempt(() -> {
            users = UserRow.all(admin.users(), Instant.now());
            orgUnits = OrgUnitRef.all(admin.orgUnits());
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

    public void edit(UserRow user) {
        editing = user.username();
        username = user.username();
        displayName = user.displayName();
        orgUnitCode = user.orgUnit().code();
        roles = user.roles().stream().sorted().map(Enum::name).toList();
        feedback.attempt(() -> tokens = TokenRow.all(admin.tokensOf(editing)));
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

    public void disable(UserRow user) {
        act(() -> admin.disable(user.username()), "admin.users.disabledDone", user);
    }

    public void enable(UserRow user) {
        act(() -> admin.enable(user.username()), "admin.users.enabledDone", user);
    }

    public void unlock(UserRow user) {
        act(() -> admin.unlock(user.username()), "admin.users.unlocked", user);
    }

    public void resetPassword(UserRow user) {
        feedback.attempt(() -> showTemporary(admin.resetPassword(user.username())));
        load();
    }

    public void revoke(TokenRow token) {
        feedback.attempt(() -> {
            admin.revokeToken(token.id());
            feedback.info("admin.users.tokenRevoked", token.label(), token.ownerUsername());
            tokens = TokenRow.all(admin.tokensOf(token.ownerUsername()));
        });
    }

    private void act(FacesFeedback.Action action, String doneKey, UserRow user) {
        temporaryPassword = null;
        if (feedback.attempt(action)) {
            feedback.info(doneKey, user.username());
        }
        load();
    }

    private void showTemporary(UserAdminService.Created created) {
        temporaryFor = created.user().getUsername();
        temporaryPassword = created.temporaryPassword();
    }

    /** Whether the account was locked when the list was read. */
    public boolean isLocked(UserRow user) {
        return user.locked();
    }

    public boolean isNew() {
        return editing == null;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<UserRow> getUsers() {
        return users;
    }

    public List<OrgUnitRef> getOrgUnits() {
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

    public List<TokenRow> getTokens() {
        return tokens;
    }
}
