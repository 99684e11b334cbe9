package org.fieldstock.domain.user;

import java.util.List;
import java.util.Optional;

/** Users. */
public interface UserRepository {

    Optional<AppUser> byUsername(String username);

    /** The user, with the row locked until the transaction ends (failed-login counting, administration). */
    Optional<AppUser> byUsernameForUpdate(String username);

    /** Every user, by user name. */
    List<AppUser> all();

    void add(AppUser user);
}
