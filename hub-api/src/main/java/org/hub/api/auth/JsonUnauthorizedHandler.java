package org.hub.api.auth;

import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hub.api.common.ApiError;

/** 401 in the API's error shape. */
public final class JsonUnauthorizedHandler implements UnauthorizedHandler {
    @Override
    public Response buildResponse(String prefix, String realm) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer realm=\"" + realm + "\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(401, "Sign in first: send a bearer token or a session cookie."))
                .build();
    }
}
