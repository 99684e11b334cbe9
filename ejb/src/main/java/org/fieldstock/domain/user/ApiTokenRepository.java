package org.fieldstock.domain.user;

import java.util.List;
import java.util.Optional;

/** Personal API tokens. */
public interface ApiTokenRepository {

    void add(ApiToken token);

    Optional<ApiToken> byHash(String tokenHash);

    Optional<ApiToken> find(long id);

    /** A user's tokens, newest first, revoked ones included. */
    List<ApiToken> of(AppUser owner);
}
