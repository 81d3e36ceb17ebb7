package org.anchorage.jobsearch.web;

import java.math.BigDecimal;

/** Pounds and pence, and hours a week, as people type them ("£12.71", "37.5"); null when they cannot be read. */
final class Amounts {

    private Amounts() {}

    static Integer pence(String typed) {
        String s = typed.strip().replace("£", "").replace(",", "");
        if (!s.matches("\\d{1,6}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(s).movePointRight(2).intValueExact();
    }

    static BigDecimal hours(String typed) {
        String s = typed.strip();
        if (!s.matches("\\d{1,3}(\\.\\d)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
