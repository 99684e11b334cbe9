package org.fieldstock.domain.user;

import java.util.Optional;

/** Users. */
public interface UserRepository {

    Optional<AppUser> byUsername(String username);
}
