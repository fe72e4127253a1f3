package org.hub.web.pages.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A page that needs a viewer sends the browser to sign in, with where to come back to. */
@Provider
public final class SignInRequiredMapper implements ExceptionMapper<SignInRequired> {
    @Override
    public Response toResponse(SignInRequired e) {
        UriBuilder login = UriBuilder.fromPath("/login");
        if (!"/".equals(e.returnTo())) {
            login.queryParam("next", e.returnTo());
        }
        return Response.seeOther(login.build()).build();
    }
}
