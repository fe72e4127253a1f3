package org.hub.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad JSON answers 400 with a message naming the line or field, and no Jackson or Java class names. */
class JsonProcessingExceptionMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Item(String name, int count, List<Integer> sizes, Inner inner) {}

    record Inner(boolean flag) {}

    enum Colour {
        RED;

        @com.fasterxml.jackson.annotation.JsonCreator
        static Colour fromWire(String value) {
            return WireEnum.parse(Colour.class, "colour", value);
        }
    }

    record Painted(Colour colour) {}

    @Test
    void malformedJsonNamesLineAndColumn() {
        String message = messageFor("{\"name\": \"x\",\n  \"count\": }");
        assertThat(message).startsWith("The request body is not valid JSON (line 2, column");
    }

    @Test
    void wrongTypeNamesTheField() {
        assertThat(messageFor("{\"count\": \"many\"}")).isEqualTo("Field 'count' has the wrong type or format.");
        assertThat(messageFor("{\"inner\": {\"flag\": [1]}}"))
                .isEqualTo("Field 'inner.flag' has the wrong type or format.");
        assertThat(messageFor("{\"sizes\": [1, \"x\"]}")).contains("sizes").contains("[1]");
    }

    @Test
    void unknownFieldIsNamed() {
        assertThat(messageFor("{\"name\": \"x\", \"colour\": \"red\"}"))
                .isEqualTo("Unknown field 'colour' in the request body.");
    }

    @Test
    void wrongShapeOfTheWholeBody() {
        assertThat(messageFor("[1, 2]")).isEqualTo("The request body could not be read as the expected JSON object.");
        assertThat(messageFor("\"text\"")).isEqualTo("The request body could not be read as the expected JSON object.");
    }

    @Test
    void answers400InTheApiErrorShape() {
        JsonProcessingException e = parseFailure("{oops");
        Response response = new JsonProcessingExceptionMapper().toResponse(e);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        ApiError error = (ApiError) response.getEntity();
        assertThat(error.code()).isEqualTo(400);
        assertThat(error.message()).startsWith("The request body is not valid JSON");
    }

    @Test
    void aValueOurRulesRefuseKeepsItsOwn422() throws Exception {
        JsonProcessingException e = null;
        try {
            JSON.readValue("{\"colour\": \"blue\"}", Painted.class);
        } catch (JsonProcessingException failure) {
            e = failure;
        }
        Response response = new JsonProcessingExceptionMapper().toResponse(e);
        assertThat(response.getStatus()).isEqualTo(422);
        ApiError error = (ApiError) response.getEntity();
        assertThat(error.code()).isEqualTo(422);
        assertThat(error.message()).isEqualTo("colour must be one of red.");
    }

    @Test
    void messagesNeverNameClasses() {
        for (String body : new String[] {
            "{oops",
            "{\"count\": \"many\"}",
            "{\"colour\": 1}",
            "[1]",
            "{\"inner\": 5}",
            "{\"sizes\": {\"a\": 1}}",
            "{\"name\": \"\\u00zz\"}"
        }) {
            assertThat(messageFor(body))
                    .as(body)
                    .doesNotContain("Exception")
                    .doesNotContain("com.fasterxml")
                    .doesNotContain("org.hub")
                    .doesNotContain("Item")
                    .doesNotContain("java.");
        }
    }

    private static String messageFor(String body) {
        return JsonProcessingExceptionMapper.messageFor(parseFailure(body));
    }

    private static JsonProcessingException parseFailure(String body) {
        try {
            JSON.readValue(body, Item.class);
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("expected " + body + " to fail");
    }
}
