package org.anchorage.eligibility.internal;

/**
 * A UK postcode as a number, so millions sort and search as primitives. The outward code (2–4
 * characters) is right-aligned in four places and the inward code (3) follows, each character in
 * base 37 (space, 0–9, A–Z); the order is that of the postcode text padded the same way.
 */
public final class PostcodeKey {

    private PostcodeKey() {}

    /**
     * The key of a postcode written in any case and spacing, or -1 when the text is not shaped like a
     * UK postcode (outward A9, A99, AA9, AA99, A9A or AA9A; inward 9AA).
     */
    public static long encode(String text) {
        if (text == null) {
            return -1;
        }
        char[] compact = new char[7];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\u00A0') {
                continue;
            }
            if (length == 7) {
                return -1;
            }
            if (ch >= 'a' && ch <= 'z') {
                ch = (char) (ch - 32);
            }
            compact[length++] = ch;
        }
        if (length < 5) {
            return -1;
        }
        int outward = length - 3;
        // Inward: digit, letter, letter.
        if (!digit(compact[outward]) || !letter(compact[outward + 1]) || !letter(compact[outward + 2])) {
            return -1;
        }
        // Outward: one or two letters, a digit, then optionally a digit or a letter.
        if (!letter(compact[0])) {
            return -1;
        }
        int p = letter(compact[1]) ? 2 : 1;
        if (p >= outward || !digit(compact[p])) {
            return -1;
        }
        if (outward - p > 2) {
            return -1;
        }
        if (outward - p == 2 && !(digit(compact[p + 1]) || letter(compact[p + 1]))) {
            return -1;
        }
        long key = 0;
        for (int i = 0; i < 4 - outward; i++) {
            key = key * 37; // leading spaces
        }
        for (int i = 0; i < length; i++) {
            key = key * 37 + value(compact[i]);
        }
        return key;
    }

    /** The postcode in ONS "pcds" form: outward code, one space, inward code. */
    public static String decode(long key) {
        char[] chars = new char[7];
        for (int i = 6; i >= 0; i--) {
            int v = (int) (key % 37);
            key /= 37;
            chars[i] = v == 0 ? ' ' : v <= 10 ? (char) ('0' + v - 1) : (char) ('A' + v - 11);
        }
        String outward = new String(chars, 0, 4).strip();
        return outward + " " + new String(chars, 4, 3);
    }

    private static int value(char ch) {
        return digit(ch) ? ch - '0' + 1 : ch - 'A' + 11;
    }

    private static boolean digit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean letter(char ch) {
        return ch >= 'A' && ch <= 'Z';
    }
}
