package org.hub.api.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jersey's own failures (unknown path, wrong method, unsupported content type, ...) rewritten as
 * {@link ApiError} bodies with a message a person can act on. Server errors keep a generic message.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (e instanceof ParamException.QueryParamException param) {
            // JAX-RS answers 404 for a query parameter it cannot convert (?limit=abc), which reads
            // as "no such endpoint"; it is invalid input, so 400 naming the parameter.
            return Response.status(400)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(400, "Query parameter '" + param.getParameterName() + "' is not valid."))
                    .build();
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, messageFor(status, e)));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    private String messageFor(int status, WebApplicationException e) {
        String where =
                request == null || uriInfo == null ? "this request" : request.getMethod() + " /" + uriInfo.getPath();
        return switch (status) {
            case 400 -> "The request could not be understood: check its parameters and body.";
            case 401 -> "Sign in first: send a bearer token or a session cookie.";
            case 403 -> "You are not allowed to do that.";
            case 404 -> "Nothing is found at " + where + ".";
            case 405 -> "The method is not allowed for " + where + ".";
            case 406 -> "The server cannot answer in the media type asked for; ask for application/json.";
            case 413 -> "The request is too large.";
            case 415 -> "The content type is not supported here; send application/json.";
            default ->
                status >= 500
                        ? "The server could not complete the request. It has been logged."
                        : "The request failed (" + status + ").";
        };
    }
}
