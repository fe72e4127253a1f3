package org.hub.api.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net under every write that checks before it inserts: when two requests race for one
 * unique key (a slug, a username, a version number) and a service has no retry for it, the loser
 * answers 409 rather than 500. The services retry where a retry can succeed (a new version takes
 * the next number, a guidance slug the next suffix); reaching this mapper means one did not, so it
 * is logged as a warning for someone to add one. Any other database failure is a bug: 500.
 */
@Provider
public final class UniqueViolationExceptionMapper implements ExceptionMapper<JdbiException> {
    private static final Logger LOG = LoggerFactory.getLogger(UniqueViolationExceptionMapper.class);
    static final String MESSAGE = "Someone else made the same change at the same moment, and only one of the two"
            + " could be kept. Reload to see what was saved, and try again if it is still needed.";

    private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(JdbiException e) {
        if (!UniqueViolation.isCauseOf(e)) {
            return unexpected.toResponse(e);
        }
        LOG.warn("A concurrent write lost the race for a unique key, answered 409: {}", rootMessage(e));
        return Response.status(409)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(409, MESSAGE))
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
