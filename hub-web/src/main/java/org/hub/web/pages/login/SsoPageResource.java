package org.hub.web.pages.login;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.hub.api.auth.SessionCookies;
import org.hub.api.common.HubException;
import org.hub.api.sso.OidcSignIn;
import org.hub.web.pages.common.PagePaths;

/**
 * {@code /login/sso} and its callback: signing in through the organisation's OpenID Connect
 * provider. Registered only when one is configured.
 *
 * <p>The state travels to the provider in the URL and stays behind in a cookie scoped to these two
 * paths; the callback accepts only a state that matches the cookie, so a sign-in started in one
 * browser cannot be finished in another. SameSite=Lax still sends the cookie on the provider's
 * top-level redirect back.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class SsoPageResource {
    static final String STATE_COOKIE = "hub_sso_state";

    private final OidcSignIn sso;
    private final SessionCookies cookies;

    public SsoPageResource(OidcSignIn sso, SessionCookies cookies) {
        this.sso = sso;
        this.cookies = cookies;
    }

    @GET
    @Path("login/sso")
    public Response start(@QueryParam("next") String next, @Context SecurityContext security) {
        String target = PagePaths.safeReturn(next);
        try {
            OidcSignIn.Started started = sso.start(target);
            return Response.seeOther(started.authorizationUri())
                    .cookie(stateCookie(
                            started.state(), (int) sso.pendingLifetime().toSeconds(), security))
                    .build();
        } catch (HubException e) {
            return failed(e, target, security);
        }
    }

    @GET
    @Path("login/sso/callback")
    public Response callback(
            @CookieParam(STATE_COOKIE) String browserState, @Context UriInfo uri, @Context SecurityContext security) {
        try {
            OidcSignIn.SignedIn signedIn = sso.finish(uri.getRequestUri().getRawQuery(), browserState);
            return Response.seeOther(java.net.URI.create(PagePaths.safeReturn(signedIn.returnTo())))
                    .cookie(cookies.issue(signedIn.session(), security.isSecure()), stateCookie("", 0, security))
                    .build();
        } catch (HubException e) {
            return failed(e, "/", security);
        }
    }

    /** Where the provider sends the browser after signing out there: the "you have signed out" page. */
    @GET
    @Path("login/sso/signed-out")
    public Response signedOut() {
        return Response.seeOther(java.net.URI.create("/login?signed-out=1")).build();
    }

    /** The sign-in page again, saying why, with the button to start over; the state cookie goes. */
    private Response failed(HubException e, String target, SecurityContext security) {
        return Response.status(e.status())
                .entity(new LoginView("", target, e.getMessage(), false, Optional.of(sso.providerName())))
                .cookie(stateCookie("", 0, security))
                .build();
    }

    private static NewCookie stateCookie(String value, int maxAge, SecurityContext security) {
        return new NewCookie.Builder(STATE_COOKIE)
                .value(value)
                .path("/login/sso")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(security.isSecure())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
