package org.anchorage.shared;

/**
 * A domain rule refused a request (a duplicate name, a closed programme ...). Answers 422 with the
 * field it concerns, so a page can show it in the error summary and the API in its problem details.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
