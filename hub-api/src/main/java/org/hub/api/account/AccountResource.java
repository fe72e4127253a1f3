package org.hub.api.account;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hub.api.auth.AuthResource;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.auth.MyCredentials;

/** "My account": the signed-in person's profile, password, sessions and API tokens. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "account")
public final class AccountResource {
    private final ProfileService profiles;
    private final MyCredentials credentials;

    public AccountResource(ProfileService profiles, MyCredentials credentials) {
        this.profiles = profiles;
        this.credentials = credentials;
    }

    public record ProfileRequest(String displayName, String jobTitle, String bio, List<String> expertise) {}

    public record PasswordRequest(String currentPassword, String newPassword) {}

    public record NewTokenRequest(String name) {}

    public record SessionList(List<MyCredentials.MySession> items) {}

    public record TokenList(List<MyCredentials.MyToken> items) {}

    @GET
    @Path("/me/profile")
    @Operation(summary = "My profile: job title, bio and declared expertise")
    public Profile profile(@Auth HubPrincipal principal) {
        return profiles.of(principal.user());
    }

    @PUT
    @Path("/me")
    @Operation(summary = "Change my display name, job title, bio (Markdown) and declared expertise (tags)")
    public Profile update(@Auth HubPrincipal principal, @NotNull @Valid ProfileRequest request) {
        return profiles.update(
                principal.user(),
                new ProfileService.ProfileChanges(
                        request.displayName(), request.jobTitle(), request.bio(), request.expertise()));
    }

    @PUT
    @Path("/me/password")
    @Operation(summary = "Change my password: every other session and every API token is revoked")
    @ApiResponse(responseCode = "204", description = "Changed")
    public Response changePassword(
            @Auth HubPrincipal principal, @NotNull @Valid PasswordRequest request, @Context HttpServletRequest http) {
        credentials.changePassword(principal, request.currentPassword(), request.newPassword(), http.getRemoteAddr());
        return Response.noContent().build();
    }

    @GET
    @Path("/me/sessions")
    @Operation(summary = "My live browser sessions, the current one marked")
    public SessionList sessions(@Auth HubPrincipal principal) {
        return new SessionList(credentials.sessions(principal));
    }

    @DELETE
    @Path("/me/sessions/{id}")
    @Operation(summary = "Revoke one of my sessions")
    @ApiResponse(responseCode = "204", description = "Revoked")
    public Response revokeSession(@Auth HubPrincipal principal, @PathParam("id") long id) {
        credentials.revokeSession(principal, id);
        return Response.noContent().build();
    }

    @GET
    @Path("/me/tokens")
    @Operation(summary = "My live API tokens (names and dates; never the secret)")
    public TokenList tokens(@Auth HubPrincipal principal) {
        return new TokenList(credentials.tokens(principal));
    }

    @POST
    @Path("/me/tokens")
    @Operation(summary = "Create an API token (shown once)")
    @ApiResponse(
            responseCode = "201",
            description = "The token, shown only in this answer",
            content = @Content(schema = @Schema(implementation = AuthResource.TokenResponse.class)))
    public Response createToken(@Auth HubPrincipal principal, @NotNull @Valid NewTokenRequest request) {
        AuthService.IssuedToken issued = credentials.createToken(principal, request.name());
        return Response.status(201)
                .entity(new AuthResource.TokenResponse(issued.token(), issued.name(), issued.user()))
                .build();
    }

    @DELETE
    @Path("/me/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    @ApiResponse(responseCode = "204", description = "Revoked")
    public Response revokeToken(@Auth HubPrincipal principal, @PathParam("id") long id) {
        credentials.revokeToken(principal, id);
        return Response.noContent().build();
    }
}
