package org.hub.api.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Refuses JSON strings holding the NUL character: PostgreSQL cannot store it in text and fails
 * the statement, which would surface as a 500 for what is only bad input. Reading it as bad input
 * here answers 400 naming the field, on H2 and PostgreSQL alike.
 */
public final class NulFreeText extends StdScalarDeserializer<String> {
    private NulFreeText() {
        super(String.class);
    }

    public static SimpleModule module() {
        return new SimpleModule("NulFreeText").addDeserializer(String.class, new NulFreeText());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(parser, "Text may not contain the NUL character.", value, String.class);
        }
        return value;
    }
}
