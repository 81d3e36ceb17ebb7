package org.anchorage.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, as NCSC and NIST SP 800-63B advise: long enough, not one of the most
 * common passwords (nor one with digits and symbols stuck on), not made from the person's own name or
 * email address. No composition rules: they make passwords harder to remember, not to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the list shipped in {@value #COMMON_PASSWORDS} (see the README beside it). */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        words.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int commonPasswords() {
        return common.size();
    }

    /**
     * Why the password is refused, or empty when it is acceptable for the person with this email
     * address and name (either may be null when not known).
     */
    public Optional<String> problem(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Password must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = core(lower);
        if (common.contains(lower) || common.contains(core) || lower.codePoints().distinct().count() == 1) {
            return Optional.of("Password is too easy to guess: it is one of the most common passwords. "
                    + "Try three random words together");
        }
        if (builtFrom(letters(lower), core, email, name)) {
            return Optional.of("Password must not be made from the person's name or email address");
        }
        return Optional.empty();
    }

    /** The password without the digits, symbols and spaces stuck before and after it ("Password1234!" → "password"). */
    private static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return start == end ? lower : lower.substring(start, end);
    }

    private static String letters(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean builtFrom(String passwordLetters, String core, String email, String name) {
        if (email != null && email.contains("@")) {
            String local = letters(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT));
            if (local.length() >= 3 && passwordLetters.contains(local)) {
                return true;
            }
        }
        if (name != null && !name.isBlank()) {
            String whole = letters(name.toLowerCase(Locale.ROOT));
            if (whole.length() >= 3 && passwordLetters.contains(whole)) {
                return true;
            }
            for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (part.length() >= 3 && (letters(core).equals(part) || passwordLetters.equals(part + part))) {
                    return true;
                }
            }
        }
        return false;
    }
}
