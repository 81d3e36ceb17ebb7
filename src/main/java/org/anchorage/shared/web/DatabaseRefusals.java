package org.anchorage.shared.web;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line behind every form and API check: when PostgreSQL refuses a value (a length or range
 * {@code CHECK}, a value out of the column's range, bad text) the transaction has rolled back, nothing is
 * half-written, and the request is refused by the field the constraint names, never as a 500.
 */
final class DatabaseRefusals {

    private static final Pattern CHECK = Pattern.compile("relation \"([a-z0-9_]+)\" violates check constraint \"([a-z0-9_]+)\"");

    private DatabaseRefusals() {}

    static Optional<Map<String, Object>> describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23514")) {
                    return Optional.of(ApiProblems.fieldError(field(String.valueOf(sql.getMessage())), "is too long or not allowed"));
                }
                if (state.startsWith("22")) {
                    return Optional.of(ApiProblems.fieldError("body", "holds a value out of range or not allowed"));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code placement_site_postcode_check} on {@code placement_site} names the field {@code postcode}. */
    static String field(String message) {
        Matcher m = CHECK.matcher(message);
        if (!m.find()) {
            return "body";
        }
        String table = m.group(1);
        String column = m.group(2).replaceFirst("^" + Pattern.quote(table) + "_", "").replaceFirst("_check\\d*$", "");
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.isEmpty() ? "body" : camel.toString();
    }
}
