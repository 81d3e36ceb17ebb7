package org.anchorage.notification.internal;

import java.util.List;
import org.anchorage.notification.Recipient;
import org.anchorage.shared.web.ContactFormats;

/**
 * How a message reaches a person: their contact preference first, then whatever else they gave, in the order that
 * is most likely to reach them (text, email, letter); the format from their communication needs (easy read for a
 * learning disability or when asked for, large print on a letter). A preference whose detail is wrong (a text to a
 * number that is no mobile, an email to something that is no address) is not quietly swapped for another channel:
 * the message is marked undeliverable with the reason, so the navigator fixes the record.
 */
public final class ChannelChoice {

    /** A UK mobile, as GOV.UK Notify accepts one: 07 and 9 digits, or +44 7 and 9 digits (spaces, dashes and brackets aside). */
    private static final java.util.regex.Pattern UK_MOBILE = java.util.regex.Pattern.compile("^(?:\\+44|0044|0)7\\d{9}$");

    private ChannelChoice() {}

    /** The channel and format, or why nothing can go: {@code problem} is null when it can. */
    public record Choice(String channel, String format, String address, List<String> postalAddress, String problem) {}

    public static Choice of(Recipient to) {
        String preference = to.preference() == null ? "email" : to.preference();
        boolean hasEmail = to.email() != null && !to.email().isBlank();
        boolean hasPhone = to.phone() != null && !to.phone().isBlank();
        boolean hasAddress = to.postalAddress() != null && to.postalAddress().size() >= 3;
        List<String> order = switch (preference) {
            case "text" -> List.of("text", "email", "letter");
            case "phone" -> List.of("text", "email", "letter");
            case "post" -> List.of("letter", "email", "text");
            default -> List.of("email", "text", "letter");
        };
        String first = order.getFirst();
        // The preferred channel, when its detail is there but wrong, is a problem to fix, not a reason to try another.
        if (first.equals("email") && hasEmail && !ContactFormats.isEmail(to.email().strip())) {
            return problem("email", to, to.email().strip() + " is not an email address, so no email can go to it. Correct the email address on their record.");
        }
        if (first.equals("text") && preference.equals("text") && hasPhone && !isMobile(to.phone())) {
            return problem("text", to, to.phone().strip() + " is not a UK mobile number, so no text message can go to it. Correct the phone number on their record.");
        }
        for (String channel : order) {
            switch (channel) {
                case "email" -> {
                    if (hasEmail && ContactFormats.isEmail(to.email().strip())) {
                        return new Choice("email", to.easyRead() ? "easy-read" : "standard", to.email().strip(), List.of(), null);
                    }
                }
                case "text" -> {
                    if (hasPhone && isMobile(to.phone())) {
                        return new Choice("text", to.easyRead() ? "easy-read" : "standard", mobile(to.phone()), List.of(), null);
                    }
                }
                default -> {
                    if (hasAddress) {
                        return new Choice("letter", to.largePrint() ? "large-print" : to.easyRead() ? "easy-read" : "standard", null,
                                to.postalAddress(), null);
                    }
                }
            }
        }
        return new Choice("none", "standard", null, List.of(), hasPhone
                ? "there is no email address or postal address, and " + to.phone().strip() + " is not a UK mobile number for a text: add one to their record"
                : "there is no email address, mobile number or postal address to send it to: add one to their record");
    }

    private static Choice problem(String channel, Recipient to, String why) {
        return new Choice(channel, to.easyRead() ? "easy-read" : "standard", null, List.of(), why);
    }

    static boolean isMobile(String phone) {
        return phone != null && UK_MOBILE.matcher(phone.replaceAll("[\\s()-]", "")).matches();
    }

    /** A UK mobile in the form 07… */
    static String mobile(String phone) {
        String digits = phone.replaceAll("[\\s()-]", "");
        return digits.startsWith("+44") ? "0" + digits.substring(3) : digits.startsWith("0044") ? "0" + digits.substring(4) : digits;
    }
}
