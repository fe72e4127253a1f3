package org.hub.api.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Bean-validation failures answer 422 with one readable line per invalid field. */
@Provider
public final class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream()
                .map(ConstraintViolationExceptionMapper::describe)
                .sorted()
                .toList();
        String message = errors.isEmpty() ? "The request is invalid." : errors.get(0);
        return Response.status(422)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(422, message, errors))
                .build();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("arg")) {
                field = node.getName();
            }
        }
        if (field == null || field.isEmpty() || field.equals("body")) {
            return violation.getMessage().isEmpty() ? "The request body is missing." : "body " + violation.getMessage();
        }
        return field + " " + violation.getMessage();
    }
}
