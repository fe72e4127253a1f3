package org.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lints the served OpenAPI document as a client generator would read it: it parses and validates
 * with swagger-parser, and every operation of every API resource has its real request body (never
 * the signed-in principal) and a 2xx answer with the schema of what the method returns.
 */
class OpenApiLintTest {
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(
            Auth.class,
            Context.class,
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            FormParam.class,
            MatrixParam.class,
            BeanParam.class);

    private static HubTestApp app;
    private static String served;
    private static OpenAPI document;

    @BeforeAll
    static void start() throws Exception {
        app = HubTestApp.start(null);
        Response reply = app.client()
                .target(app.baseUrl() + "/api/openapi.json")
                .request()
                .get();
        assertThat(reply.getStatus()).isEqualTo(200);
        served = reply.readEntity(String.class);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served, null, options);
        assertThat(parsed.getMessages())
                .as("swagger-parser's errors and warnings")
                .isEmpty();
        document = parsed.getOpenAPI();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void documentParsesWithoutAMessage() {
        assertThat(document).isNotNull();
        assertThat(document.getOpenapi()).startsWith("3.");
        long operations = document.getPaths().values().stream()
                .mapToLong(item -> item.readOperations().size())
                .sum();
        assertThat(operations).isGreaterThan(40);
    }

    @Test
    void thePrincipalIsNeverARequestBodyNorASchema() {
        assertThat(served).doesNotContain("HubPrincipal");
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.DELETE) {
                assertThat(operation.getRequestBody()).as(method + " " + path).isNull();
            }
            if (operation.getParameters() != null) {
                assertThat(operation.getParameters())
                        .as(method + " " + path + " lists no transport header as a parameter")
                        .noneMatch(p -> "header".equals(p.getIn()));
            }
        }));
    }

    @Test
    void everyOperationIsAResourceMethodWithItsRealBodyAndSuccessAnswer() {
        List<String> checked = new ArrayList<>();
        for (Class<?> resource : apiResources()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                Optional<PathItem.HttpMethod> verb = verb(method);
                if (verb.isEmpty()) {
                    continue;
                }
                String path = join(base, method.getAnnotation(Path.class));
                String name = verb.get() + " " + path + " (" + resource.getSimpleName() + "." + method.getName() + ")";
                PathItem item = document.getPaths().get(path);
                assertThat(item).as(name + " is documented").isNotNull();
                Operation operation = item.readOperationsMap().get(verb.get());
                assertThat(operation).as(name + " is documented").isNotNull();
                checkRequestBody(name, method, operation);
                checkSuccess(name, method, operation);
                checked.add(name);
            }
        }
        long documented = document.getPaths().values().stream()
                .mapToLong(item -> item.readOperations().size())
                .sum();
        assertThat(checked)
                .as("every documented operation is a resource method")
                .hasSize((int) documented);
    }

    @Test
    void signInAnswerDocumentsTheCsrfToken() {
        Operation login = document.getPaths().get("/api/v1/auth/login").getPost();
        Schema<?> answer = schemaOf(login.getResponses().get("200").getContent(), "application/json");
        assertThat(properties(answer)).containsKeys("csrfToken", "user");
    }

    @Test
    void uploadsAreDocumentedAsMultipartWithTheirFields() {
        Operation upload =
                document.getPaths().get("/api/v1/groups/{slug}/documents").getPost();
        Schema<?> form = schemaOf(upload.getRequestBody().getContent(), "multipart/form-data");
        assertThat(properties(form)).containsKeys("file", "title", "description", "tags");
        assertThat(properties(form).get("file").getFormat()).isEqualTo("binary");
        assertThat(upload.getResponses().get("201")).isNotNull();

        Operation version =
                document.getPaths().get("/api/v1/documents/{id}/versions").getPost();
        assertThat(properties(schemaOf(version.getRequestBody().getContent(), "multipart/form-data")))
                .containsKey("file");
    }

    private static void checkRequestBody(String name, Method method, Operation operation) {
        Optional<Parameter> entity = Stream.of(method.getParameters())
                .filter(p -> Stream.of(p.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType())))
                .findFirst();
        if (entity.isEmpty()) {
            assertThat(operation.getRequestBody()).as(name + " takes no body").isNull();
            return;
        }
        assertThat(operation.getRequestBody()).as(name + " documents its body").isNotNull();
        boolean required = entity.get().isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
                || entity.get().getType() == InputStream.class;
        assertThat(Boolean.TRUE.equals(operation.getRequestBody().getRequired()))
                .as(name + " body is required exactly when the method requires it")
                .isEqualTo(required);
        Content content = operation.getRequestBody().getContent();
        if (entity.get().getType() == InputStream.class) {
            assertThat(properties(schemaOf(content, "multipart/form-data")))
                    .as(name + " multipart fields")
                    .containsKey("file");
        } else {
            assertThat(schemaOf(content, "application/json").get$ref())
                    .as(name + " body schema")
                    .endsWith("/" + entity.get().getType().getSimpleName());
        }
    }

    private static void checkSuccess(String name, Method method, Operation operation) {
        Map<String, ApiResponse> successes = new java.util.TreeMap<>();
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                successes.put(code, response);
            }
        });
        assertThat(operation.getResponses())
                .as(name + " has no catch-all answer")
                .doesNotContainKey("default");
        assertThat(successes).as(name + " has a 2xx answer").isNotEmpty();
        successes.forEach((code, response) -> {
            if (code.equals("204")) {
                assertThat(response.getContent()).as(name + " 204 has no body").isNull();
                return;
            }
            assertThat(response.getContent())
                    .as(name + " " + code + " has a body")
                    .isNotEmpty();
            response.getContent().forEach((type, media) -> assertThat(media.getSchema())
                    .as(name + " " + code + " " + type)
                    .isNotNull());
        });
        Class<?> returned = method.getReturnType();
        if (returned != Response.class && returned != void.class) {
            assertThat(schemaOf(successes.get("200").getContent(), "application/json")
                            .get$ref())
                    .as(name + " answer schema")
                    .endsWith("/" + schemaName(method.getGenericReturnType()));
        }
    }

    /** swagger-core's name for a type: a nested record by its simple name, {@code Page<Group>} as {@code PageGroup}. */
    private static String schemaName(Type type) {
        if (type instanceof ParameterizedType generic) {
            StringBuilder name = new StringBuilder(schemaName(generic.getRawType()));
            for (Type argument : generic.getActualTypeArguments()) {
                name.append(schemaName(argument));
            }
            return name.toString();
        }
        return ((Class<?>) type).getSimpleName();
    }

    private static Schema<?> schemaOf(Content content, String mediaType) {
        assertThat(content).as("content").containsKey(mediaType);
        MediaType media = content.get(mediaType);
        assertThat(media.getSchema()).as(mediaType + " schema").isNotNull();
        return media.getSchema();
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> properties(Schema<?> schema) {
        Schema<?> resolved = schema;
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            resolved = document.getComponents().getSchemas().get(name);
            assertThat(resolved).as(schema.get$ref()).isNotNull();
        }
        assertThat(resolved.getProperties()).as("properties").isNotNull();
        return resolved.getProperties();
    }

    private static List<Class<?>> apiResources() {
        var config = app.environment().jersey().getResourceConfig();
        // Dropwizard registers a resource instance's class beside a binder for the instance itself.
        List<Class<?>> resources = config.getClasses().stream()
                .filter(type -> type.getPackageName().startsWith("org.hub.api") && type.isAnnotationPresent(Path.class))
                .distinct()
                .<Class<?>>map(type -> type)
                .toList();
        assertThat(resources).hasSizeGreaterThanOrEqualTo(8);
        return resources;
    }

    private static Optional<PathItem.HttpMethod> verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return Optional.of(PathItem.HttpMethod.GET);
        }
        if (method.isAnnotationPresent(POST.class)) {
            return Optional.of(PathItem.HttpMethod.POST);
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return Optional.of(PathItem.HttpMethod.PUT);
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return Optional.of(PathItem.HttpMethod.DELETE);
        }
        return Optional.empty();
    }

    private static String join(String base, Path path) {
        String tail = path == null ? "" : path.value();
        String joined = (base + "/" + tail).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
