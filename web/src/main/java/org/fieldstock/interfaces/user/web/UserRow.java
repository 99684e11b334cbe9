package org.fieldstock.interfaces.user.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Role;
import org.fieldstock.interfaces.shared.OrgUnitRef;

/**
 * A user as the administrator's list shows them: name, org unit, roles, and the state of the
 * account, locked or not as the user said when the list was read.
 */
public record UserRow(String username, String displayName, OrgUnitRef orgUnit, Set<Role> roles, boolean enabled,
        boolean locked, Instant lockedUntil, int failedLogins, Instant lastFailedLoginAt, boolean mustChangePassword)
        implements Serializable {

    static UserRow of(AppUser user, Instant now) {
        return new UserRow(user.getUsername(), user.getDisplayName(), OrgUnitRef.of(user.getOrgUnit()),
                user.getRoles(), user.isEnabled(), user.isLocked(now), user.getLockedUntil(), user.getFailedLogins(),
                user.getLastFailedLoginAt(), user.isMustChangePassword());
    }

    static List<UserRow> all(List<AppUser> users, Instant now) {
        return users.stream().map(user -> of(user, now)).toList();
    }
}
