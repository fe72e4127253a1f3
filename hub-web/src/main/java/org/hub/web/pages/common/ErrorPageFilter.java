package org.hub.web.pages.common;

import io.dropwizard.views.common.View;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import org.hub.api.common.ApiError;

/**
 * Turns the JSON error answers of the shared exception mappers into HTML pages in the site's
 * layout, for page paths only: the API keeps its JSON errors. Runs after the mappers, so every
 * rule about which status an error gets stays in one place.
 */
public final class ErrorPageFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400
                || response.getEntity() instanceof View
                || !PagePaths.isPage(request.getUriInfo().getPath())) {
            return;
        }
        String message = response.getEntity() instanceof ApiError error ? error.message() : null;
        response.setEntity(
                new ErrorView(Viewer.optional(request).orElse(null), status, message),
                new java.lang.annotation.Annotation[0],
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        // A JSON body's length no longer applies to the page that replaces it.
        response.getHeaders().remove("Content-Length");
    }
}
