package org.anchorage.notification;

import java.util.List;

/**
 * Whom a message goes to and how they can be reached: a key that names them for opt-outs ({@code participant:…},
 * {@code referral:…}, {@code user:…}, {@code sign-up:…}), the name it is addressed to, email, phone, their contact
 * preference (email, phone, text, post), postal address lines with the postcode last, and the formats they need.
 */
public record Recipient(String key, String name, String email, String phone, String preference, List<String> postalAddress,
                        boolean largePrint, boolean easyRead) {

    /** A member of staff, a partner or a host: always by email. */
    public static Recipient byEmail(String key, String name, String email) {
        return new Recipient(key, name, email, null, "email", List.of(), false, false);
    }
}
