package org.anchorage.support;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Money as people type it ("£12.50", "12.5", "1,200") read into whole pence, never a double. More than
 * two decimal places, nothing, zero or less are refused with a message for the field.
 */
public final class BarrierFundMoney {

    /** Far more than any one payment; keeps a typing slip ("1000000") from reaching a budget unnoticed. */
    static final long MOST_PENCE = 100_000_000_00L;

    private BarrierFundMoney() {}

    /** The problem with an amount as typed, or empty when it is a positive amount in pounds and pence. */
    public static Optional<String> problemWith(String typed, String what) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Enter " + what + " in pounds and pence, for example 12.50");
        }
        BigDecimal amount = parse(typed);
        if (amount == null) {
            return Optional.of("Enter " + what + " as a number of pounds and pence, for example 12.50");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of("Enter " + what + " with no more than 2 decimal places (pounds and pence)");
        }
        if (amount.signum() <= 0) {
            return Optional.of(capitalise(what) + " must be more than £0");
        }
        // Compared as BigDecimal: longValue() would wrap a huge amount round to a small one.
        if (amount.movePointRight(2).compareTo(BigDecimal.valueOf(MOST_PENCE)) > 0) {
            return Optional.of(capitalise(what) + " must be less than £100,000,000");
        }
        return Optional.empty();
    }

    /** The amount in pence; call only when {@link #problemWith} found nothing. */
    public static long pence(String typed) {
        return parse(typed).movePointRight(2).longValueExact();
    }

    /** "£1,234.50". */
    public static String pounds(long pence) {
        return String.format("£%,d.%02d", pence / 100, Math.abs(pence % 100));
    }

    /** "1234.50", as a form shows an amount to change. */
    public static String plain(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    private static BigDecimal parse(String typed) {
        String s = typed.strip().replace(",", "").replace(" ", "");
        if (s.startsWith("£")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || s.length() > 20 || !s.matches("-?[0-9]*(\\.[0-9]*)?") || s.equals(".") || s.equals("-")) {
            return null;
        }
        return new BigDecimal(s);
    }

    private static String capitalise(String what) {
        String s = what.startsWith("the ") ? what.substring(4) : what;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
