package org.anchorage.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to reach the person and what they need to take part: kept up to date after the referral by their
 * navigator, every change on the timeline. Letters need a postal address; the channel and the format
 * (large print, easy read, an interpreter) decide how anything is sent to them.
 */
public record PersonalDetails(
        String preferredName,
        String pronouns,
        String email,
        String phone,
        String contactPreference,
        String addressLine1,
        String addressLine2,
        String town,
        String postcode,
        String employmentStatus,
        String rightToWork,
        LocalDate rightToWorkUntil,
        boolean largePrint,
        boolean easyRead,
        String interpreterLanguage,
        String otherNeeds,
        String learningDisability,
        String careLeaver) {

    public static final Map<String, String> CONTACT_PREFERENCES = new LinkedHashMap<>();
    public static final Map<String, String> EMPLOYMENT_STATUSES = new LinkedHashMap<>();
    public static final Map<String, String> RIGHT_TO_WORK = new LinkedHashMap<>();
    /** The answers to the two self-declared questions (learning disability, care leaver); null is "not asked". */
    public static final Map<String, String> SELF_DECLARED = new LinkedHashMap<>();

    static {
        CONTACT_PREFERENCES.put("email", "Email");
        CONTACT_PREFERENCES.put("phone", "Phone call");
        CONTACT_PREFERENCES.put("text", "Text message");
        CONTACT_PREFERENCES.put("post", "Letter");
        EMPLOYMENT_STATUSES.put("unemployed-seeking", "Unemployed and looking for work");
        EMPLOYMENT_STATUSES.put("economically-inactive", "Not working and not looking (for example caring or unwell)");
        EMPLOYMENT_STATUSES.put("employed-part-time", "Working part time");
        EMPLOYMENT_STATUSES.put("employed-full-time", "Working full time");
        EMPLOYMENT_STATUSES.put("self-employed", "Self-employed");
        EMPLOYMENT_STATUSES.put("in-education", "In education or training");
        EMPLOYMENT_STATUSES.put("not-known", "Not known yet");
        RIGHT_TO_WORK.put("confirmed", "Confirmed, no time limit");
        RIGHT_TO_WORK.put("time-limited", "Confirmed, time-limited");
        RIGHT_TO_WORK.put("to-check", "Still to be checked");
        RIGHT_TO_WORK.put("not-known", "Not known yet");
        SELF_DECLARED.put("yes", "Yes");
        SELF_DECLARED.put("no", "No");
        SELF_DECLARED.put("prefer-not-to-say", "Prefer not to say");
    }

    public String contactPreferenceLabel() {
        return CONTACT_PREFERENCES.getOrDefault(contactPreference, contactPreference);
    }

    public String employmentStatusLabel() {
        return employmentStatus == null ? "Not recorded" : EMPLOYMENT_STATUSES.getOrDefault(employmentStatus, employmentStatus);
    }

    public String rightToWorkLabel() {
        return rightToWork == null ? "Not recorded" : RIGHT_TO_WORK.getOrDefault(rightToWork, rightToWork);
    }

    /** A self-declared learning disability: easy-read information and a longer induction on a placement. */
    public boolean hasLearningDisability() {
        return "yes".equals(learningDisability);
    }

    public boolean isCareLeaver() {
        return "yes".equals(careLeaver);
    }

    public String learningDisabilityLabel() {
        return learningDisability == null ? "Not asked yet" : SELF_DECLARED.getOrDefault(learningDisability, learningDisability);
    }

    public String careLeaverLabel() {
        return careLeaver == null ? "Not asked yet" : SELF_DECLARED.getOrDefault(careLeaver, careLeaver);
    }

    /** The postal address as lines, empty when there is none. */
    public List<String> addressLines() {
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {addressLine1, addressLine2, town}) {
            if (line != null && !line.isBlank()) {
                lines.add(line);
            }
        }
        if (!lines.isEmpty() && postcode != null) {
            lines.add(postcode);
        }
        return lines;
    }

    /** The communication needs in plain words, for the record and for whoever sends the person anything. */
    public List<String> communicationNeeds() {
        List<String> needs = new ArrayList<>();
        if (largePrint) {
            needs.add("Large print");
        }
        // A learning disability means easy-read information, whether or not the box was ticked too.
        if (easyRead || hasLearningDisability()) {
            needs.add("Easy read");
        }
        if (interpreterLanguage != null && !interpreterLanguage.isBlank()) {
            needs.add("Interpreter: " + interpreterLanguage);
        }
        if (otherNeeds != null && !otherNeeds.isBlank()) {
            needs.add(otherNeeds);
        }
        return needs;
    }

    /** What changed from {@code before}, in plain words for the timeline ("Phone number changed"); values are not repeated there. */
    public List<String> changesFrom(PersonalDetails before) {
        List<String> changes = new ArrayList<>();
        note(changes, "Preferred name", before.preferredName, preferredName);
        note(changes, "Pronouns", before.pronouns, pronouns);
        note(changes, "Email address", before.email, email);
        note(changes, "Phone number", before.phone, phone);
        if (!same(before.contactPreference, contactPreference)) {
            changes.add("Way to be contacted changed to " + contactPreferenceLabel().toLowerCase());
        }
        if (!same(before.addressLine1, addressLine1) || !same(before.addressLine2, addressLine2) || !same(before.town, town)) {
            changes.add("Postal address changed");
        }
        note(changes, "Postcode", before.postcode, postcode);
        if (!same(before.employmentStatus, employmentStatus)) {
            changes.add("Employment status changed to " + employmentStatusLabel().toLowerCase());
        }
        if (!same(before.rightToWork, rightToWork) || !java.util.Objects.equals(before.rightToWorkUntil, rightToWorkUntil)) {
            changes.add("Right to work changed to " + rightToWorkLabel().toLowerCase()
                    + (rightToWorkUntil == null ? "" : " until " + org.anchorage.shared.web.Display.date(rightToWorkUntil)));
        }
        // Special-category answers: the timeline says a question was answered, never the answer.
        if (!same(before.learningDisability, learningDisability)) {
            changes.add("Learning disability question answered");
        }
        if (!same(before.careLeaver, careLeaver)) {
            changes.add("Care leaver question answered");
        }
        if (!communicationNeeds().equals(before.communicationNeeds())) {
            changes.add(communicationNeeds().isEmpty() ? "Communication needs removed"
                    : "Communication needs changed to: " + String.join(", ", communicationNeeds()));
        }
        return changes;
    }

    private static void note(List<String> changes, String what, String before, String after) {
        if (!same(before, after)) {
            changes.add(after == null ? what + " removed" : before == null ? what + " added" : what + " changed");
        }
    }

    private static boolean same(String a, String b) {
        return java.util.Objects.equals(a, b);
    }
}
