package org.hub.web;

import com.fasterxml.jackson.annotation.JsonView;
import io.dropwizard.auth.Auth;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.jaxrs2.ResolvedParameter;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.Operation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * swagger-core's reader, taught what is not part of the API's contract. Left alone it documents
 * the {@code @Auth} principal as the request body (it takes the first unannotated parameter), so
 * the real request type goes missing and every GET appears to take a body; and it lists the
 * transport headers a resource reads ({@code Content-Type}, {@code Content-Length}) as parameters,
 * which OpenAPI says must not be described that way. Both are dropped here, for every resource
 * present and future, rather than by annotating each parameter.
 */
final class HubOpenApiReader extends Reader {
    /** Headers OpenAPI describes elsewhere (media types, security schemes) or not at all. */
    private static final Set<String> TRANSPORT_HEADERS =
            Set.of("accept", "authorization", "content-type", "content-length");

    HubOpenApiReader(OpenAPIConfiguration config) {
        super(config);
    }

    @Override
    protected ResolvedParameter getParameters(
            Type type,
            List<Annotation> annotations,
            Operation operation,
            Consumes classConsumes,
            Consumes methodConsumes,
            JsonView jsonViewAnnotation) {
        if (annotations.stream().anyMatch(HubOpenApiReader::notPartOfTheContract)) {
            return new ResolvedParameter();
        }
        return super.getParameters(type, annotations, operation, classConsumes, methodConsumes, jsonViewAnnotation);
    }

    private static boolean notPartOfTheContract(Annotation annotation) {
        return annotation instanceof Auth
                || (annotation instanceof HeaderParam header
                        && TRANSPORT_HEADERS.contains(header.value().toLowerCase(Locale.ROOT)));
    }
}
