package org.hub.api.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link HubException} with its status and an {@link ApiError} body. */
@Provider
public final class HubExceptionMapper implements ExceptionMapper<HubException> {
    @Override
    public Response toResponse(HubException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.status(), e.getMessage(), e.errors()));
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"hub\"");
        }
        if (e instanceof RetryLaterException later) {
            response.header("Retry-After", later.retryAfterSeconds());
        }
        return response.build();
    }
}
