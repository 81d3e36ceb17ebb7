package org.anchorage.placement;

/** Pence as pounds the way people write them: £12.71. */
public final class Money {

    private Money() {}

    public static String pounds(long pence) {
        return String.format("£%d.%02d", pence / 100, pence % 100);
    }

    public static String wholePounds(long pence) {
        return String.format("£%,d", pence / 100);
    }
}
