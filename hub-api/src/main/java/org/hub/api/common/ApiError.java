package org.hub.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The one error body of the API: {@code {"code": 404, "message": "..."}}, plus field errors on 422. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int code, String message, List<String> errors) {
    public ApiError(int code, String message) {
        this(code, message, List.of());
    }
}
