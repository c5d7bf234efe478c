package dev.standpoint.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An ISO-8601 date-time with offset, as a JSON string, and nothing else: Jackson's own reader takes a number
 * as seconds since 1970, so {@code "publishedAt": 12345} would be stored as 1970-01-01T03:25:45Z.
 */
class IsoDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

    IsoDateTimeDeserializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
        }
        String text = p.getText().trim();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ctxt.weirdStringException(text, OffsetDateTime.class, "not an ISO-8601 date-time with offset");
        }
    }
}
