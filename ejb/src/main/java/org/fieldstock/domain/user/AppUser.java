package org.fieldstock.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;

/** A person who logs in: roles plus the one org unit they work for. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    /** Failed logins in a row that lock the account. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** Letters, digits, dot, dash and underscore; it is typed at every login and shown in the audit trail. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,49}");

    @Column(name = "username", nullable = false, unique = true, updatable = false)
    private String username;

    /** PBKDF2 hash in the format of Jakarta Security's {@code Pbkdf2PasswordHash}. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    /** Set by an administrator's reset: the user must choose a new password before doing anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Failed logins since the last successful one. */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "last_failed_login_at")
    private Instant lastFailedLoginAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role",
            joinColumns = @JoinColumn(name = "username", referencedColumnName = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, OrgUnit orgUnit, Set<Role> roles) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.orgUnit = Objects.requireNonNull(orgUnit);
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
    }

    /** A new user whose password is temporary: it must be changed at the first login. */
    public static AppUser withTemporaryPassword(String username, String temporaryHash, String displayName,
            OrgUnit orgUnit, Set<Role> roles, Instant now) {
        AppUser user = new AppUser(username, temporaryHash, displayName, orgUnit, roles);
        user.resetPassword(temporaryHash, now);
        return user;
    }

    /**
     * What is wrong with a user's name, org unit and roles, all at once: a user needs a name, an
     * org unit and at least one role, and each role must belong at the unit's level (an
     * accountant works for a BU, a keeper for a site, a planner at the planning office).
     */
    public static List<Problem> check(String username, String displayName, OrgUnit orgUnit, Set<Role> roles) {
        List<Problem> problems = new ArrayList<>();
        if (username != null && !USERNAME.matcher(username).matches()) {
            problems.add(new Problem("user.username.invalid", username));
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add(new Problem("user.displayName.required"));
        }
        if (orgUnit == null) {
            problems.add(new Problem("user.orgUnit.required"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new Problem("user.roles.required"));
        } else if (orgUnit != null) {
            roles.stream().filter(role -> !role.belongsAt(orgUnit.getKind())).sorted()
                    .forEach(role -> problems.add(new Problem("user.role.wrongLevel", MessageKey.of(role),
                            orgUnit.getCode())));
        }
        return problems;
    }

    /** Changes name, org unit and roles after {@link #check}. */
    public void assign(String displayName, OrgUnit orgUnit, Set<Role> roles) {
        List<Problem> problems = check(null, displayName, orgUnit, roles);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.displayName = displayName.strip();
        this.orgUnit = orgUnit;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Whether repeated failed logins have locked the account at this moment. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed login; the {@value #MAX_FAILED_LOGINS}th in a row locks the account for
     * {@link #LOCK_DURATION}. Returns whether this failure locked it.
     */
    public boolean failedLogin(Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            // an expired lock starts a fresh count
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        lastFailedLoginAt = now;
        if (failedLogins >= MAX_FAILED_LOGINS && lockedUntil == null) {
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void succeededLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** The administrator lifts a lock before it expires. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** The administrator sets a temporary password, which the user must change at the next login. */
    public void resetPassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash);
        mustChangePassword = true;
        passwordChangedAt = now;
        unlock();
    }

    /** The user chose a new password. */
    public void changePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash);
        mustChangePassword = false;
        passwordChangedAt = now;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLastFailedLoginAt() {
        return lastFailedLoginAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public int getVersion() {
        return version;
    }

    public Caller asCaller() {
        return new Caller(username, roles, orgUnit);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
