package org.anchorage.placement;

import org.anchorage.shared.RuleViolation;

/** Checks on free text from forms: present when required, and never longer than its column. */
final class Text {

    private Text() {}

    static String required(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, message);
        }
        return optional(value, field, max);
    }

    static String optional(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new RuleViolation(field, "Keep it to " + max + " characters or fewer");
        }
        return v;
    }
}
