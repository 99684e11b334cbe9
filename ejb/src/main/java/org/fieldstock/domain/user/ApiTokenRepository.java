package org.fieldstock.domain.user;

import java.util.List;
import java.util.Optional;

/** Personal API tokens. */
public interface ApiTokenRepository {

    void add(ApiToken token);

    /**
     * Notes a use of the token unless one since {@code notedSince} is noted already. Written without
     * touching the token's version, so that uses at the same moment never conflict with each other
     * or with a revocation.
     */
    void noteUse(ApiToken token, java.time.Instant now, java.time.Instant notedSince);

    Optional<ApiToken> byHash(String tokenHash);

    Optional<ApiToken> find(long id);

    /** A user's tokens, newest first, revoked ones included. */
    List<ApiToken> of(AppUser owner);
}
