package org.anchorage.shared.web;

import java.util.regex.Pattern;

/** What an email address and a UK phone number must look like wherever a form takes one. */
public final class ContactFormats {

    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final Pattern PHONE = Pattern.compile("^[0-9 +()-]{10,20}$");
    public static final int MAX_EMAIL_LENGTH = 254;

    private ContactFormats() {}

    public static boolean isEmail(String value) {
        return value != null && value.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(value).matches();
    }

    public static boolean isPhone(String value) {
        return value != null && PHONE.matcher(value).matches();
    }
}
