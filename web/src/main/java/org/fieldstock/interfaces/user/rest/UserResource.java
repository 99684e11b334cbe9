package org.fieldstock.interfaces.user.rest;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.user.UserAdminService;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Role;

/** The administrator's user management. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Administrator only: users, roles, locks, password resets, tokens")
public class UserResource {

    @Inject
    private UserAdminService admin;

    /** A user to create or change; the user name is ignored on change. */
    @Schema(name = "UserRequest")
    public record UserRequest(String username, String displayName, String orgUnit, List<String> roles) {
    }

    @Schema(name = "User")
    public record UserJson(String username, String displayName, String orgUnit, List<String> roles, boolean enabled,
            boolean locked, Instant lockedUntil, int failedLogins, Instant lastFailedLoginAt,
            boolean mustChangePassword) {

        static UserJson of(AppUser user) {
            return new UserJson(user.getUsername(), user.getDisplayName(), user.getOrgUnit().getCode(),
                    user.getRoles().stream().sorted().map(Enum::name).toList(), user.isEnabled(),
                    user.isLocked(Instant.now()), user.getLockedUntil(), user.getFailedLogins(),
                    user.getLastFailedLoginAt(), user.isMustChangePassword());
        }
    }

    /** A user with the temporary password just set: shown this once, never stored. */
    @Schema(name = "UserWithTemporaryPassword")
    public record CreatedJson(UserJson user, String temporaryPassword) {

        static CreatedJson of(UserAdminService.Created created) {
            return new CreatedJson(UserJson.of(created.user()), created.temporaryPassword());
        }
    }

    @GET
    @Operation(summary = "Every user, by user name, with lock and password state")
    public List<UserJson> all() {
        return admin.users().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user")
    public UserJson one(@PathParam("username") String username) {
        return UserJson.of(admin.user(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user; the answer carries a temporary password, to be changed at the first sign-in")
    public Response create(UserRequest request) {
        UserRequest r = request == null ? new UserRequest(null, null, null, null) : request;
        CreatedJson created = CreatedJson.of(admin.create(r.username(), r.displayName(), r.orgUnit(), roles(r.roles())));
        return Response.created(URI.create("users/" + created.user().username())).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's name, org unit and roles")
    public UserJson change(@PathParam("username") String username, UserRequest request) {
        UserRequest r = request == null ? new UserRequest(null, null, null, null) : request;
        return UserJson.of(admin.change(username, r.displayName(), r.orgUnit(), roles(r.roles())));
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable a user: no sign-in, no API tokens")
    public UserJson disable(@PathParam("username") String username) {
        return UserJson.of(admin.disable(username));
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Enable a disabled user")
    public UserJson enable(@PathParam("username") String username) {
        return UserJson.of(admin.enable(username));
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Lift the lock that repeated failed sign-ins set")
    public UserJson unlock(@PathParam("username") String username) {
        return UserJson.of(admin.unlock(username));
    }

    @POST
    @Path("{username}/reset-password")
    @Operation(summary = "Set a temporary password (in the answer, once); the user must change it at the next sign-in")
    public CreatedJson resetPassword(@PathParam("username") String username) {
        return CreatedJson.of(admin.resetPassword(username));
    }

    @GET
    @Path("{username}/tokens")
    @Operation(summary = "A user's API tokens (never their secrets)")
    public List<ApiTokenResource.TokenJson> tokens(@PathParam("username") String username) {
        return admin.tokensOf(username).stream().map(ApiTokenResource.TokenJson::of).toList();
    }

    @DELETE
    @Path("{username}/tokens/{id}")
    @Operation(summary = "Revoke a user's API token")
    public ApiTokenResource.TokenJson revokeToken(@PathParam("username") String username, @PathParam("id") long id) {
        if (admin.tokensOf(username).stream().noneMatch(t -> t.getId() == id)) {
            throw new org.fieldstock.domain.shared.NotFoundException("token.notFound", id);
        }
        return ApiTokenResource.TokenJson.of(admin.revokeToken(id));
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name == null ? "" : name.strip()));
                } catch (IllegalArgumentException unknown) {
                    throw new BusinessException(BusinessException.Kind.INVALID, "user.role.unknown", name);
                }
            }
        }
        return roles;
    }
}
