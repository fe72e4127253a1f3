package org.hub.api.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * Malformed or mistyped JSON answers 400 with a message naming the field, without Jackson's
 * internal class names; a value refused by one of our own rules while reading keeps that rule's answer.
 */
@Provider
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        HubException rule = ruleBroken(e);
        if (rule != null) {
            // A value the JSON could carry but a rule refused while reading it (an unknown
            // visibility, kind or role) keeps the rule's own answer, usually 422 naming the choices.
            return new HubExceptionMapper().toResponse(rule);
        }
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(400, messageFor(e)))
                .build();
    }

    private static HubException ruleBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HubException hub) {
                return hub;
            }
        }
        return null;
    }

    static String messageFor(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            var location = e.getLocation();
            return location == null
                    ? "The request body is not valid JSON."
                    : "The request body is not valid JSON (line " + location.getLineNr() + ", column "
                            + location.getColumnNr() + ").";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (e instanceof UnrecognizedPropertyException) {
                return "Unknown field '" + field + "' in the request body.";
            }
            if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                return "Field '" + field + "' has the wrong type or format.";
            }
            return "Field '" + field + "' could not be read.";
        }
        return "The request body could not be read as the expected JSON object.";
    }
}
