package org.hub.api.auth;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.hub.api.users.User;

/** Signing in and out: personal API tokens and browser sessions. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public final class AuthResource {
    private final AuthService auth;
    private final SessionCookies cookies;

    public AuthResource(AuthService auth, SessionCookies cookies) {
        this.auth = auth;
        this.cookies = cookies;
    }

    public record TokenRequest(
            @NotBlank @Size(max = 100) String username,
            @NotNull @Size(max = 1000) String password,
            @NotBlank @Size(max = 100) String name) {}

    public record TokenResponse(String token, String name, User user) {}

    public record LoginRequest(
            @NotBlank @Size(max = 100) String username,
            @NotNull @Size(max = 1000) String password) {}

    /**
     * The signed-in user, and the session's CSRF token: a script sends it back in the
     * {@code X-CSRF-Token} header with every request that changes something.
     */
    public record LoginResponse(User user, String csrfToken) {}

    @POST
    @Path("/auth/tokens")
    @Operation(summary = "Create a personal API token (shown once)")
    @ApiResponse(
            responseCode = "201",
            description = "The token, shown only in this answer",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    public Response createToken(@NotNull @Valid TokenRequest request, @Context HttpServletRequest http) {
        AuthService.IssuedToken issued = auth.createToken(
                request.username(), request.password(), request.name().strip(), http.getRemoteAddr());
        return Response.status(201)
                .entity(new TokenResponse(issued.token(), issued.name(), issued.user()))
                .build();
    }

    @DELETE
    @Path("/auth/tokens/current")
    @Operation(summary = "Revoke the token used for this request")
    @ApiResponse(responseCode = "204", description = "Revoked")
    public Response revokeCurrentToken(@Auth HubPrincipal principal) {
        if (principal.kind() != HubPrincipal.CredentialKind.TOKEN) {
            throw org.hub.api.common.HubException.badRequest(
                    "This request was not made with a token; sign out instead.");
        }
        auth.revoke(principal);
        return Response.noContent().build();
    }

    @POST
    @Path("/auth/login")
    @Operation(summary = "Sign in: answers the user and the CSRF token, and sets the hub_session cookie")
    @ApiResponse(
            responseCode = "200",
            description = "Signed in: the user and the session's CSRF token; sets the hub_session cookie",
            content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    public Response login(
            @NotNull @Valid LoginRequest request, @Context SecurityContext security, @Context HttpServletRequest http) {
        AuthService.IssuedSession session =
                auth.createSession(request.username(), request.password(), http.getRemoteAddr());
        NewCookie cookie = cookies.issue(session, security.isSecure());
        return Response.ok(new LoginResponse(session.user(), session.csrfToken()))
                .cookie(cookie)
                .build();
    }

    @POST
    @Path("/auth/logout")
    @Operation(summary = "Sign out: revokes the session (or the token) this request used")
    @ApiResponse(responseCode = "204", description = "Signed out")
    public Response logout(@Auth HubPrincipal principal, @Context SecurityContext security) {
        auth.revoke(principal);
        return Response.noContent().cookie(cookies.expire(security.isSecure())).build();
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in user")
    public User me(@Auth HubPrincipal principal) {
        return principal.user();
    }
}
