package org.hub.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON strings with a NUL are refused as bad input naming the field; every other string reads as before. */
class NulFreeTextTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(NulFreeText.module());

    record Body(String name, List<String> tags) {}

    @Test
    void ordinaryStringsReadUnchanged() throws Exception {
        Body body = JSON.readValue("{\"name\": \"Ünïcode \\t tab\", \"tags\": [\"a\", \"b\"]}", Body.class);
        assertThat(body).isEqualTo(new Body("Ünïcode \t tab", List.of("a", "b")));
        assertThat(JSON.readValue("{\"name\": null}", Body.class).name()).isNull();
    }

    @Test
    void nulIsRefusedNamingTheField() {
        assertThatThrownBy(() -> JSON.readValue("{\"name\": \"a\\u0000b\"}", Body.class))
                .isInstanceOfSatisfying(
                        JsonProcessingException.class, e -> assertThat(JsonProcessingExceptionMapper.messageFor(e))
                                .isEqualTo("Field 'name' has the wrong type or format."));
        assertThatThrownBy(() -> JSON.readValue("{\"tags\": [\"ok\", \"\\u0000\"]}", Body.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
