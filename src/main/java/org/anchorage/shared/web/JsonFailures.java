package org.anchorage.shared.web;

import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns a JSON body Jackson could not read into one error naming the path, like {@code items[2].title}. */
final class JsonFailures {

    private JsonFailures() {}

    static Map<String, Object> describe(HttpMessageNotReadableException e) {
        JacksonException jackson = find(e);
        if (jackson == null) {
            return ApiProblems.fieldError("body", "is missing or is not JSON");
        }
        String path = path(jackson);
        String message;
        if (jackson instanceof InputCoercionException) {
            message = "is a number out of range";
        } else if (jackson instanceof InvalidFormatException format) {
            message = format.getOriginalMessage() != null && format.getOriginalMessage().startsWith("must ")
                    ? format.getOriginalMessage()
                    : "is not a valid " + simpleName(format.getTargetType());
        } else if (jackson instanceof InvalidNullException) {
            message = "must not be null";
        } else if (jackson instanceof ValueInstantiationException) {
            message = "is not valid";
        } else if (jackson instanceof MismatchedInputException mismatch) {
            message = mismatch.getTargetType() == null ? "has the wrong type"
                    : "must be " + article(simpleName(mismatch.getTargetType()));
        } else if (jackson instanceof StreamReadException && path.isEmpty()) {
            return ApiProblems.fieldError("body", "is not valid JSON");
        } else {
            message = "is not valid";
        }
        return ApiProblems.fieldError(path.isEmpty() ? "body" : path, message);
    }

    private static JacksonException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == java.util.UUID.class) {
            return "id (a UUID)";
        }
        if (type == java.time.LocalDate.class) {
            return "date like 2026-12-01";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (type.isEnum()) {
            return "known value";
        }
        return "object";
    }

    private static String article(String name) {
        if (name.equals("true or false") || name.equals("text")) {
            return name;
        }
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
