package com.wedsync.usage.adapters.rest.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;

/**
 * The one JSON mapper of the REST adapter, configured strictly so that a client's mistake is a 400 and not a
 * silent guess: unknown properties, duplicate keys, trailing data, and scalar coercions (a string for a number,
 * 1.5 for an integer, a number for a string) are all rejected. Readers and writers are made once per type and
 * reused, since building them is the expensive part of Jackson.
 */
public final class Json {

    private static final ObjectMapper MAPPER = strictMapper();

    private Json() {
    }

    public static ObjectReader readerFor(Class<?> type) {
        return MAPPER.readerFor(type);
    }

    public static ObjectReader treeReader() {
        return MAPPER.readerFor(JsonNode.class);
    }

    public static ObjectWriter writerFor(Class<?> type) {
        return MAPPER.writerFor(type);
    }

    public static byte[] write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("could not write " + value.getClass().getSimpleName(), impossible);
        }
    }

    /**
     * Reads {@code body} with {@code reader}; a body that is not strictly UTF-8 ({@link StrictUtf8}), malformed or
     * mistyped JSON becomes an IllegalArgumentException.
     */
    public static <T> T read(ObjectReader reader, byte[] body) {
        if (body.length == 0) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        int malformed = StrictUtf8.firstMalformedByte(body);
        if (malformed >= 0) {
            throw new IllegalArgumentException("the body is not valid UTF-8 (byte " + malformed + ")");
        }
        try {
            return reader.readValue(body);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException(JsonMistakes.describe(unreadable));
        }
    }

    /** Reads an already parsed {@code tree} with {@code reader}; mistyped JSON becomes an IllegalArgumentException. */
    public static <T> T read(ObjectReader reader, JsonNode tree) {
        try {
            return reader.readValue(tree);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException(JsonMistakes.describe(unreadable));
        }
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
