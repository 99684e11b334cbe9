package org.fieldstock.interfaces.user.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.fieldstock.domain.user.ApiToken;

/** A personal API token as the token lists show it: label, owner, when made, last used and revoked. */
public record TokenRow(long id, String label, String ownerUsername, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt, String revokedBy) implements Serializable {

    static TokenRow of(ApiToken token) {
        return new TokenRow(token.getId(), token.getLabel(), token.getOwner().getUsername(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt(), token.getRevokedBy());
    }

    static List<TokenRow> all(List<ApiToken> tokens) {
        return tokens.stream().map(TokenRow::of).toList();
    }
}
