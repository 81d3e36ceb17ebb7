package org.anchorage.referral.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anchorage.referral.Referral;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether two referrals are probably the same person. Both must share a date of birth; then
 * any of a close name (typos, or names that sound alike), the same postcode, email or phone counts.
 * It suggests; a navigator decides whether to merge.
 */
public final class DuplicateFinder {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);
    private static final DoubleMetaphone SOUNDS = new DoubleMetaphone();

    private DuplicateFinder() {}

    /** Why {@code b} looks like the same person as {@code a}; empty when it does not. */
    public static List<String> reasons(Referral a, Referral b) {
        List<String> reasons = new ArrayList<>();
        if (!a.dateOfBirth().equals(b.dateOfBirth())) {
            return reasons;
        }
        String nameA = clean(a.givenName() + " " + a.familyName());
        String nameB = clean(b.givenName() + " " + b.familyName());
        boolean familyClose = DISTANCE.apply(clean(a.familyName()), clean(b.familyName())) >= 0
                || SOUNDS.isDoubleMetaphoneEqual(clean(a.familyName()), clean(b.familyName()));
        boolean givenClose = DISTANCE.apply(clean(a.givenName()), clean(b.givenName())) >= 0
                || SOUNDS.isDoubleMetaphoneEqual(clean(a.givenName()), clean(b.givenName()))
                || clean(a.givenName()).startsWith(clean(b.givenName())) || clean(b.givenName()).startsWith(clean(a.givenName()));
        if (nameA.equals(nameB)) {
            reasons.add("same name");
        } else if (familyClose && givenClose) {
            reasons.add("similar name");
        }
        if (postcode(a.postcode()).equals(postcode(b.postcode()))) {
            reasons.add("same postcode");
        }
        if (a.email() != null && b.email() != null && !a.email().isBlank() && a.email().equalsIgnoreCase(b.email())) {
            reasons.add("same email");
        }
        if (a.phone() != null && b.phone() != null && digits(a.phone()).length() >= 10 && digits(a.phone()).equals(digits(b.phone()))) {
            reasons.add("same phone");
        }
        if (reasons.isEmpty()) {
            return reasons;
        }
        List<String> result = new ArrayList<>(List.of("same date of birth"));
        result.addAll(reasons);
        return result;
    }

    private static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", "").strip();
    }

    private static String postcode(String text) {
        return text.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String digits(String text) {
        String d = text.replaceAll("\\D", "");
        return d.startsWith("44") ? "0" + d.substring(2) : d;
    }
}
