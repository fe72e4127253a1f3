package org.hub.web.pages.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.Optional;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.SessionCookies;
import org.hub.api.sso.OidcSignIn;
import org.hub.web.pages.common.FormSubmission;
import org.hub.web.pages.common.PagePaths;
import org.hub.web.pages.common.Viewer;

/** {@code /login} and {@code /logout}: browser sessions through plain form posts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class LoginPageResource {
    /** A wrong username or password (one message for both, 401), or too many attempts (429). */
    private static final FormSubmission SIGN_IN = FormSubmission.correcting(401, 429, 503);

    private final AuthService auth;
    private final SessionCookies cookies;
    private final Optional<OidcSignIn> sso;

    public LoginPageResource(AuthService auth, SessionCookies cookies) {
        this(auth, cookies, Optional.empty());
    }

    /** @param sso signing in through the organisation's identity provider, when configured */
    public LoginPageResource(AuthService auth, SessionCookies cookies, Optional<OidcSignIn> sso) {
        this.auth = auth;
        this.cookies = cookies;
        this.sso = sso;
    }

    @GET
    @Path("login")
    public Response form(
            @Context ContainerRequestContext request,
            @QueryParam("next") String next,
            @QueryParam("signed-out") String signedOut) {
        String target = PagePaths.safeReturn(next);
        if (Viewer.optional(request).isPresent()) {
            return Response.seeOther(URI.create(target)).build();
        }
        return Response.ok(new LoginView("", target, null, signedOut != null, sso.map(OidcSignIn::providerName)))
                .build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("next") String next,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        String target = PagePaths.safeReturn(next);
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return FormSubmission.again(422, new LoginView(name, target, "Enter your username and password.", false));
        }
        // 401 (wrong username or password, one message for both), 429 (throttled) or 503 (too many
        // sign-ins at once); the last two say when to try again, in the message and the header.
        return SIGN_IN.submit(
                () -> {
                    AuthService.IssuedSession session = auth.createSession(name, password, http.getRemoteAddr());
                    return Response.seeOther(URI.create(target))
                            .cookie(cookies.issue(session, security.isSecure()))
                            .build();
                },
                e -> new LoginView(name, target, e.getMessage(), false));
    }

    @POST
    @Path("logout")
    public Response signOut(@Context ContainerRequestContext request, @Context SecurityContext security) {
        Optional<Viewer> viewer = Viewer.optional(request);
        // Someone who signed in through the provider is signed out there too (RP-initiated
        // logout), which sends them back to /login?signed-out=1.
        URI next =
                viewer.flatMap(v -> sso.flatMap(s -> s.signOutUri(v.user()))).orElse(URI.create("/login?signed-out=1"));
        viewer.ifPresent(v -> auth.revoke(v.principal()));
        return Response.seeOther(next)
                .cookie(cookies.expire(security.isSecure()))
                .build();
    }
}
