package org.anchorage.eligibility;

/** The text given is not shaped like a UK postcode. */
public class NotAPostcode extends RuntimeException {

    private final String given;

    public NotAPostcode(String given) {
        super("'" + (given.length() > 40 ? given.substring(0, 40) + "…" : given) + "' is not a UK postcode");
        this.given = given;
    }

    public String given() {
        return given;
    }
}
