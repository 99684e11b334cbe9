package org.fieldstock.interfaces.user.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.user.ApiTokenService;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.user.ApiToken;
import org.fieldstock.interfaces.security.FieldstockAuthenticationMechanism;

/** The caller's personal API tokens. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Personal tokens for scripts: send as Authorization: Bearer <token>")
public class ApiTokenResource {

    @Inject
    private ApiTokenService tokens;

    @Context
    private HttpServletRequest http;

    /** What a new token is for, e.g. "nightly export". */
    @Schema(name = "TokenRequest")
    public record TokenRequest(String label) {
    }

    /** A token as listed: never its secret. */
    @Schema(name = "Token")
    public record TokenJson(long id, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
            String revokedBy) {

        static TokenJson of(ApiToken token) {
            return new TokenJson(token.getId(), token.getLabel(), token.getCreatedAt(), token.getLastUsedAt(),
                    token.getRevokedAt(), token.getRevokedBy());
        }
    }

    /** A token just made: the only answer that carries the secret. */
    @Schema(name = "IssuedToken")
    public record IssuedJson(long id, String label, Instant createdAt, String token) {
    }

    @GET
    @Operation(summary = "My tokens, newest first (revoked ones included; secrets are never shown again)")
    public List<TokenJson> mine() {
        return tokens.mine().stream().map(TokenJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a token (log in with your password for this, not with a token); the answer shows its"
            + " secret once, store it safely")
    public Response issue(TokenRequest request) {
        if (Boolean.TRUE.equals(http.getAttribute(FieldstockAuthenticationMechanism.TOKEN_LOGIN))) {
            // else a leaked token could mint a successor that outlives its revocation
            throw new AccessDeniedException("token.issueNeedsPassword");
        }
        ApiToken.Issued issued = tokens.issue(request == null ? null : request.label());
        ApiToken token = issued.token();
        return Response.created(URI.create("tokens/" + token.getId()))
                .entity(new IssuedJson(token.getId(), token.getLabel(), token.getCreatedAt(), issued.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my tokens; it stops working at once")
    public TokenJson revoke(@PathParam("id") long id) {
        return TokenJson.of(tokens.revoke(id));
    }
}
