package com.wedsync.usage.adapters.rest.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.wedsync.usage.domain.Require;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Says in the client's terms what is wrong with a body Jackson could not read. Jackson's own messages name Java
 * types and echo raw input, so they are never passed on; this names the JSON field and the expected JSON type.
 */
final class JsonMistakes {

    private JsonMistakes() {
    }

    static String describe(IOException unreadable) {
        Optional<String> duplicate = DuplicateProperty.in(unreadable);
        if (duplicate.isPresent()) {
            String path = unreadable instanceof JsonMappingException mapping ? path(mapping) : "";
            return "duplicate property " + Require.quoted(duplicate.get())
                    + (path.isEmpty() ? "" : " in '" + path + "'");
        }
        return switch (unreadable) {
            case UnrecognizedPropertyException unknown -> "unknown property "
                    + Require.quoted(unknown.getPropertyName()) + inParentOf(unknown);
            case ValueInstantiationException invalid when invalid.getCause() instanceof IllegalArgumentException cause ->
                    cause.getMessage();
            case InvalidFormatException format -> field(format) + " must be " + expected(format.getTargetType());
            case MismatchedInputException mismatch when mismatch.getPath().isEmpty() ->
                    "the body must be a JSON object";
            case MismatchedInputException mismatch -> field(mismatch) + " must be " + expected(mismatch.getTargetType());
            case JsonMappingException mapping when !mapping.getPath().isEmpty() -> field(mapping)
                    + " is out of range or of the wrong type";
            case JsonMappingException mapping -> "the body does not have the expected shape";
            case JsonProcessingException syntax -> "the body is not well-formed JSON" + at(syntax.getLocation());
            default -> "the body could not be read";
        };
    }

    private static String field(JsonMappingException mistake) {
        return "'" + path(mistake) + "'";
    }

    private static String inParentOf(JsonMappingException mistake) {
        String path = path(mistake, 1);
        return path.isEmpty() ? "" : " in '" + path + "'";
    }

    private static String path(JsonMappingException mistake) {
        return path(mistake, 0);
    }

    private static String path(JsonMappingException mistake, int dropLast) {
        StringBuilder path = new StringBuilder();
        var references = mistake.getPath();
        for (int i = 0; i < references.size() - dropLast; i++) {
            JsonMappingException.Reference reference = references.get(i);
            if (reference.getFieldName() != null) {
                String name = Require.quoted(reference.getFieldName());
                path.append(path.isEmpty() ? "" : ".").append(name, 1, name.length() - 1);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive())) {
            return "an integer";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "of another JSON type";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
