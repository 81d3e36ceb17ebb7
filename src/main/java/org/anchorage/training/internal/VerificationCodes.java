package org.anchorage.training.internal;

import java.security.SecureRandom;

/**
 * Certificate verification codes: 80 random bits in Crockford base32 (16 symbols, no I, L, O or U, so
 * nothing is misread), shown in groups of four ("7KQ2-M9XD-A4TR-H3VW"). What a person types is read
 * forgivingly: any case, spaces or dashes, I and L as 1, O as 0.
 */
public final class VerificationCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    /** A new code as stored: 16 symbols, no dashes. */
    public static String next() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(16);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (bytes[i] & 0xff);
        }
        for (long part : new long[] {high, low}) {
            for (int shift = 35; shift >= 0; shift -= 5) {
                code.append(ALPHABET.charAt((int) ((part >>> shift) & 31)));
            }
        }
        return code.toString();
    }

    /** The stored code in groups of four, for the certificate. */
    public static String display(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }

    /** The code as stored, from what was typed; null when it cannot be a code at all. */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = c == 'I' || c == 'L' ? '1' : c == 'O' ? '0' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return null;
            }
            code.append(read);
        }
        return code.length() == 16 || code.length() == 20 ? code.toString() : null;
    }
}
